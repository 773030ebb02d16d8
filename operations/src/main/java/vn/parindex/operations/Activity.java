package vn.parindex.operations;

/**
 * A business step worth counting, fired as a CDI event by the service that performed it; counted by
 * {@link ActivityCounters} once its transaction has committed.
 */
public enum Activity {
  /** An office saved a self-score. */
  SCORE_SAVED("parindex.scores.saved", "Self-scores saved by the offices"),
  /** A self-score save was refused (closed window, locked criterion, invalid inputs, conflict). */
  SCORE_REFUSED("parindex.scores.refused", "Self-score saves refused"),
  /** An evidence document was uploaded. */
  EVIDENCE_UPLOADED("parindex.evidence.uploaded", "Evidence documents uploaded"),
  /** An office submitted its criteria to the consolidating office. */
  OFFICE_SUBMITTED(
      "parindex.submissions", "Submissions (office: to Phong Noi vu; unit: to the So Noi vu)"),
  /** A unit submitted its self-assessment to the province. */
  UNIT_SUBMITTED(
      "parindex.submissions", "Submissions (office: to Phong Noi vu; unit: to the So Noi vu)");

  private final String meter;
  private final String description;

  Activity(String meter, String description) {
    this.meter = meter;
    this.description = description;
  }

  /** The Micrometer name; Prometheus shows it with dots as underscores and {@code _total}. */
  public String meter() {
    return meter;
  }

  public String description() {
    return description;
  }
}
