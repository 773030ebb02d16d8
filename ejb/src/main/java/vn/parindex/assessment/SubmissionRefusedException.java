package vn.parindex.assessment;

import java.util.List;
import vn.parindex.platform.BusinessException;

/**
 * Submission refused, an office's to its consolidating office or a unit's to the province: every
 * criterion in the way is listed, and nothing was submitted.
 */
public class SubmissionRefusedException extends BusinessException {
  private static final long serialVersionUID = 1L;

  private final transient List<SubmissionProblem> problems;

  public SubmissionRefusedException(List<SubmissionProblem> problems) {
    this("submit.refused", problems);
  }

  /** Refused with the message of this kind of submission, e.g. a unit's to the province. */
  public SubmissionRefusedException(String messageKey, List<SubmissionProblem> problems) {
    super(messageKey, problems.size());
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
