package vn.parindex.appraisal;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Who submitted in a campaign, per block: each unit's state, and how many submitted, are late (the
 * submission deadline passed without a submission with the province) or have not yet.
 */
public record SubmissionOverview(
    long campaignId, LocalDate submissionDeadline, LocalDate today, List<BlockSubmissions> blocks)
    implements Serializable {

  /** One block's units, in name order, with its counts. */
  public record BlockSubmissions(
      long blockId,
      String blockName,
      int submitted,
      int late,
      int notSubmitted,
      List<UnitSubmission> units)
      implements Serializable {}

  /**
   * A unit: {@code SUBMITTED} (with the province; {@code late} when after the deadline), {@code
   * LATE} (not with the province and the deadline passed) or {@code NOT_SUBMITTED}; {@code
   * returned} when the province handed it back; no assessment id before the bulk creation.
   */
  public record UnitSubmission(
      long unitId,
      String unitName,
      Long assessmentId,
      String state,
      boolean returned,
      Instant submittedAt,
      boolean late)
      implements Serializable {}
}
