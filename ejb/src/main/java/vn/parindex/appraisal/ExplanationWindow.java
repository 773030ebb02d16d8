package vn.parindex.appraisal;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Optional;
import vn.parindex.assessment.Assessment;

/**
 * Whether a unit may explain now, and which round it answers: the latest round opened, once its
 * appraisers are done, within its window or the unit's extension, before the next round opens.
 */
public final class ExplanationWindow {
  private ExplanationWindow() {}

  /** The round the unit may answer today, if any. */
  public static Optional<AppraisalRound> openRound(
      EntityManager em, Assessment assessment, LocalDate today) {
    Optional<Campaign> campaign = assessment.campaign();
    if (campaign.isEmpty()) {
      return Optional.empty();
    }
    AppraisalRecords records = new AppraisalRecords(em);
    return campaign
        .get()
        .latestOpened()
        .filter(
            r -> campaign.get().acceptsExplanation(r, today, records.extendedUntil(assessment, r)));
  }
}
