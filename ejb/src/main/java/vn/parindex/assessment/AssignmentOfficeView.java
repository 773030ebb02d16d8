package vn.parindex.assessment;

/** An office of the assessed unit, as the assignment matrix lists it. */
public record AssignmentOfficeView(String code, String name, boolean consolidator) {}
