package vn.parindex.assessment;

import java.util.List;

/**
 * The assignment of an assessment, criteria × offices: one row per self-assessed leaf criterion of
 * its current version, the unit's offices, and the criteria assigned to nobody, which keep the
 * assignment from being complete.
 */
public record AssignmentMatrixView(
    long assessmentId,
    List<AssignmentOfficeView> offices,
    List<MatrixRow> rows,
    List<String> unassigned,
    boolean complete) {}
