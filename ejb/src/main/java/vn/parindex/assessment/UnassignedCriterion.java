package vn.parindex.assessment;

/** A self-assessed criterion no office holds yet, which keeps its assessment from opening. */
public record UnassignedCriterion(String code, String name) {}
