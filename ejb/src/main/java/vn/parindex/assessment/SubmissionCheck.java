package vn.parindex.assessment;

import java.util.ArrayList;
import java.util.List;

/** What keeps an office from submitting its criteria. */
final class SubmissionCheck {
  private SubmissionCheck() {}

  static List<SubmissionProblem> problems(List<AssignedCriterion> criteria) {
    List<SubmissionProblem> problems = new ArrayList<>();
    for (AssignedCriterion c : criteria) {
      if (!c.scored()) {
        problems.add(new SubmissionProblem(c.code(), c.name(), "submit.notScored"));
      } else if (c.points().toBigDecimal().signum() > 0
          && c.evidenceCount() == 0
          && blank(c.explanation())) {
        problems.add(new SubmissionProblem(c.code(), c.name(), "submit.noEvidence"));
      }
    }
    return problems;
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
