package vn.parindex.assessment;

/**
 * Why one criterion keeps an office from submitting: not scored, or points with nothing to show.
 */
public record SubmissionProblem(String code, String name, String messageKey) {}
