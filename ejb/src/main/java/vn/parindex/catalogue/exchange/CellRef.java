package vn.parindex.catalogue.exchange;

/** Where a value was read: the place an {@link ImportProblem} about it points to. */
record CellRef(String sheet, int row, String column) {

  /** The whole sheet (or YAML file), when a problem concerns no particular row. */
  static CellRef sheet(String sheet) {
    return new CellRef(sheet, 0, null);
  }
}
