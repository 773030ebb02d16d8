package vn.parindex.appraisal;

import java.time.Instant;
import java.time.LocalDate;

/** An extension of a unit's explanation window, as granted. */
public record ExtensionView(
    long id,
    long assessmentId,
    int round,
    LocalDate until,
    String reason,
    String grantedBy,
    Instant grantedAt) {

  static ExtensionView of(ExplanationExtension e) {
    return new ExtensionView(
        e.id(),
        e.assessment().id(),
        e.round().number(),
        e.until(),
        e.reason(),
        e.grantedBy(),
        e.grantedAt());
  }
}
