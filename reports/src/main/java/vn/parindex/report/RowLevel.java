package vn.parindex.report;

/** The level of a scorecard row; it decides how the row is printed (bold, indented). */
public enum RowLevel {
  /** Lĩnh vực: printed bold, with its subtotal. */
  AREA,
  /** Tiêu chí. */
  CRITERION,
  /** Tiêu chí thành phần: printed indented under its criterion. */
  COMPONENT
}
