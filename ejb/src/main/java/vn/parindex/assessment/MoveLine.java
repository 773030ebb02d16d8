package vn.parindex.assessment;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import vn.parindex.catalogue.ChangeKind;

/** One scored criterion in the preview or the result of moving an assessment to a revision. */
public record MoveLine(
    String beforeCode,
    String afterCode,
    String name,
    MoveOutcome outcome,
    Set<ChangeKind> changes,
    List<String> offices,
    int scoresCarried)
    implements Serializable {

  public String code() {
    return afterCode != null ? afterCode : beforeCode;
  }
}
