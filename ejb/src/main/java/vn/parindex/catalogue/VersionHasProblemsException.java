package vn.parindex.catalogue;

import java.util.List;
import vn.parindex.platform.BusinessException;

/** Publishing refused: the problems are listed so that the page and the API can show them all. */
public class VersionHasProblemsException extends BusinessException {
  private static final long serialVersionUID = 1L;

  private final transient List<VersionProblem> problems;

  public VersionHasProblemsException(List<VersionProblem> problems) {
    super("version.publish.problems", problems.size());
    this.problems = List.copyOf(problems);
  }

  public List<VersionProblem> problems() {
    return problems;
  }

  @Override
  public List<Detail> details() {
    return problems.stream()
        .map(p -> Detail.onCode(p.code(), null, p.messageKey(), p.arguments()))
        .toList();
  }
}
