package vn.parindex.assessment;

import java.util.List;

/** One self-assessed leaf criterion of the assignment matrix and the offices holding it. */
public record MatrixRow(
    String code, String name, String areaCode, List<AssignmentHolderView> holders) {}
