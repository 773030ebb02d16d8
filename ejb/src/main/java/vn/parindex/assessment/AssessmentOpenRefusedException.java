package vn.parindex.assessment;

import java.util.List;
import vn.parindex.platform.BusinessException;

/** Opening refused: every criterion still assigned to nobody is listed, and nothing changed. */
public class AssessmentOpenRefusedException extends BusinessException {
  private static final long serialVersionUID = 1L;

  private final transient List<UnassignedCriterion> problems;

  public AssessmentOpenRefusedException(List<UnassignedCriterion> problems) {
    super("assessment.open.unassigned", problems.size());
    this.problems = List.copyOf(problems);
  }

  public List<UnassignedCriterion> problems() {
    return problems;
  }

  @Override
  public List<Detail> details() {
    return problems.stream()
        .map(p -> Detail.onCode(p.code(), p.code() + " " + p.name(), "assessment.open.nobody"))
        .toList();
  }
}
