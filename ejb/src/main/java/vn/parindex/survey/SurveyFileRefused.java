package vn.parindex.survey;

import java.util.List;
import vn.parindex.kernel.Refusal;

/**
 * A survey file refused as a whole (400): every problem found in it, each by sheet, row and column
 * ("Dòng 7, cột D (S.1)"); nothing of the file is saved.
 */
public class SurveyFileRefused extends Refusal {
  private static final long serialVersionUID = 1L;

  private final transient List<Detail> problems;

  SurveyFileRefused(List<Detail> problems) {
    super(Kind.INVALID, "file", "survey.import.refused", problems.size());
    this.problems = List.copyOf(problems);
  }

  @Override
  public List<Detail> details() {
    return problems;
  }
}
