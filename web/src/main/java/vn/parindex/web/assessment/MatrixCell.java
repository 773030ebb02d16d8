package vn.parindex.web.assessment;

import java.io.Serializable;

/**
 * One office × one criterion of the assignment matrix: whether the office holds the criterion and,
 * when the criterion is shared, whether it leads (chủ trì) or supports (phối hợp).
 */
public record MatrixCell(
    String officeCode, String officeName, boolean held, boolean lead, boolean shared)
    implements Serializable {

  /** The style of the cell: free, held alone, or leading or supporting a shared criterion. */
  public String state() {
    if (!held) {
      return "free";
    }
    if (!shared) {
      return "sole";
    }
    return lead ? "lead" : "support";
  }
}
