package vn.parindex.catalogue;

import java.util.List;

/** Publishing was refused: the version still has the problems listed. */
public class VersionNotPublishableException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final transient List<VersionProblem> problems;

  public VersionNotPublishableException(List<VersionProblem> problems) {
    super(problems.size() + " problem(s) keep the version from being published: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<VersionProblem> problems() {
    return problems;
  }
}
