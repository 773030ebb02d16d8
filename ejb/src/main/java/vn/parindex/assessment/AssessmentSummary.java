package vn.parindex.assessment;

import java.time.LocalDate;

/** An assessment as lists show it. */
public record AssessmentSummary(
    long id,
    String unitName,
    int year,
    long versionId,
    String versionName,
    String decisionNumber,
    LocalDate deadline,
    boolean illustrative) {

  static AssessmentSummary of(Assessment a) {
    return new AssessmentSummary(
        a.id(),
        a.unit().name(),
        a.year(),
        a.version().id(),
        a.version().name(),
        a.version().decision().number(),
        a.deadline(),
        a.version().illustrative());
  }
}
