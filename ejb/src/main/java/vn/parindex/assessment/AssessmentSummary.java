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
    boolean illustrative,
    long unitId,
    AssessmentStatus status,
    ReferenceView directive,
    ReferenceView guidance) {

  static AssessmentSummary of(Assessment a) {
    return new AssessmentSummary(
        a.id(),
        a.unit().name(),
        a.year(),
        a.version().id(),
        a.version().name(),
        a.version().decision().number(),
        a.deadline(),
        a.version().illustrative(),
        a.unit().id(),
        a.status(),
        ReferenceView.of(a.directive()),
        ReferenceView.of(a.guidance()));
  }

  /** Offices may work on it: the consolidating office has opened it. */
  public boolean isOpen() {
    return status == AssessmentStatus.OPEN;
  }
}
