package vn.parindex.web.assessment;

import java.io.Serializable;
import java.util.List;

/** A criterion row of the assignment matrix, one cell per office in the order of the columns. */
public record MatrixLine(String code, String name, List<MatrixCell> cells) implements Serializable {

  public boolean unassigned() {
    return cells.stream().noneMatch(MatrixCell::held);
  }

  public boolean holdsFor(String officeCode) {
    return cells.stream().anyMatch(c -> c.held() && c.officeCode().equals(officeCode));
  }
}
