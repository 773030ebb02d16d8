package vn.parindex.appraisal;

import java.util.List;
import vn.parindex.platform.BusinessException;

/**
 * A unit's submission refused because criteria are still unscored or returned to their office:
 * every one is listed, and nothing was submitted.
 */
public class UnitSubmissionRefusedException extends BusinessException {
  private static final long serialVersionUID = 1L;

  /** A criterion in the way, with the key of why. */
  public record Problem(String code, String name, String messageKey) {}

  private final transient List<Problem> problems;

  public UnitSubmissionRefusedException(List<Problem> problems) {
    super("appraisal.submission.incomplete", problems.size());
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }

  @Override
  public List<Detail> details() {
    return problems.stream()
        .map(p -> Detail.onCode(p.code(), p.code() + " " + p.name(), p.messageKey()))
        .toList();
  }
}
