package vn.parindex.assessment;

import java.util.List;
import vn.parindex.platform.BusinessException;

/** Submission refused: every criterion in the way is listed, and nothing was submitted. */
public class SubmissionRefusedException extends BusinessException {
  private static final long serialVersionUID = 1L;

  private final transient List<SubmissionProblem> problems;

  public SubmissionRefusedException(List<SubmissionProblem> problems) {
    super("submit.refused", problems.size());
    this.problems = List.copyOf(problems);
  }

  public List<SubmissionProblem> problems() {
    return problems;
  }

  @Override
  public List<Detail> details() {
    return problems.stream()
        .map(p -> Detail.onCode(p.code(), p.code() + " " + p.name(), p.messageKey()))
        .toList();
  }
}
