package vn.parindex.catalogue;

import java.io.Serializable;
import java.util.List;

/** A version with its whole tree and everything that keeps it from being published. */
public record VersionTree(
    VersionSummary version,
    List<ClassificationBand> bands,
    List<NodeView> nodes,
    List<VersionProblem> problems)
    implements Serializable {

  public boolean publishable() {
    return problems.isEmpty();
  }

  /** The problems on the version as a whole rather than on one node. */
  public List<VersionProblem> versionProblems() {
    return problems.stream().filter(p -> p.code() == null).toList();
  }
}
