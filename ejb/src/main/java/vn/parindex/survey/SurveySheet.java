package vn.parindex.survey;

import java.util.List;
import java.util.Map;
import vn.parindex.scoring.Points;

/**
 * A survey file read without a problem: each unit's points per criterion code, in the file's order,
 * and the forms per respondent group.
 */
record SurveySheet(List<UnitPoints> units, List<Forms> forms) {

  /** The row of one unit: its points by criterion code, in the layout's order. */
  record UnitPoints(SurveyLayout.UnitLine unit, int row, Map<String, Points> points) {}

  /** A respondent group's line of the forms sheet. */
  record Forms(String group, Integer sent, Integer returned) {}
}
