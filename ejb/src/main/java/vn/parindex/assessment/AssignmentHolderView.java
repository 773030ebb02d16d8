package vn.parindex.assessment;

/** An office holding a criterion: the lead (chủ trì) or a supporting office (phối hợp). */
public record AssignmentHolderView(String officeCode, String officeName, boolean lead) {}
