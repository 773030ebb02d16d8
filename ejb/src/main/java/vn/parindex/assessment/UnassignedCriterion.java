package vn.parindex.assessment;

import java.io.Serializable;

/** A self-assessed criterion no office holds yet, which keeps its assessment from opening. */
public record UnassignedCriterion(String code, String name) implements Serializable {}
