package vn.parindex.assessment;

import java.io.Serializable;
import java.time.LocalDate;
import vn.parindex.appraisal.Campaign;
import vn.parindex.organisation.Province;

/**
 * An assessment as lists show it; the province is absent for a unit run on its own, and an
 * illustrative province's name carries the portal's note that its data are not real; the campaign
 * is the province's, for a unit that submits to it.
 */
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
    ReferenceView guidance,
    String provinceName,
    boolean provinceIllustrative,
    Long campaignId)
    implements Serializable {

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
        ReferenceView.of(a.guidance()),
        a.unit().province().map(Province::name).orElse(null),
        a.unit().province().map(Province::illustrative).orElse(false),
        a.campaign().map(Campaign::id).orElse(null));
  }

  /** Offices may work on it: the consolidating office has opened it. */
  public boolean isOpen() {
    return status == AssessmentStatus.OPEN;
  }
}
