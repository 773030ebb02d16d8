package vn.parindex.survey;

import java.util.List;
import java.util.Optional;
import vn.parindex.scoring.Points;

/**
 * What a block's survey workbook holds: its titles, one line per unit of the block and one column
 * per survey leaf criterion of the block's index. The template is written from it and a filled file
 * is read against it.
 */
public record SurveyLayout(
    String campaignName,
    String blockName,
    String versionName,
    List<UnitLine> units,
    List<SurveyColumn> criteria) {

  public SurveyLayout {
    units = List.copyOf(units);
    criteria = List.copyOf(criteria);
  }

  /** A unit of the block, with its assessment in the campaign (null when it has none). */
  public record UnitLine(long unitId, String name, Long assessmentId) {}

  /** A survey leaf criterion of the block's index. */
  public record SurveyColumn(long criterionId, String code, String name, Points max) {}

  Optional<UnitLine> unit(long id) {
    return units.stream().filter(u -> u.unitId() == id).findFirst();
  }

  Optional<UnitLine> unitNamed(String name) {
    String wanted = SurveyCells.spaced(name);
    return units.stream().filter(u -> SurveyCells.spaced(u.name()).equals(wanted)).findFirst();
  }

  Optional<SurveyColumn> criterion(String code) {
    return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
  }
}
