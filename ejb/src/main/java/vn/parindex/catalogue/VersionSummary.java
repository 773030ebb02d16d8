package vn.parindex.catalogue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An index version as lists show it; a version for a period (2025–2030) ends in periodUntil; its
 * bands are in points or in percent of the maximum ({@code bandScale}).
 */
public record VersionSummary(
    long id,
    String name,
    String unitLevel,
    int year,
    String decisionNumber,
    LocalDate decisionDate,
    String decisionIssuer,
    VersionStatus status,
    Long predecessorId,
    String predecessorName,
    BigDecimal totalMax,
    BigDecimal selfAssessedMax,
    BigDecimal surveyMax,
    boolean illustrative,
    Integer periodUntil,
    boolean totalBounded,
    BandScale bandScale)
    implements Serializable {

  static VersionSummary of(IndexVersion v) {
    IndexVersion previous = v.predecessor().orElse(null);
    return new VersionSummary(
        v.id(),
        v.name(),
        v.unitLevel(),
        v.year(),
        v.decision().number(),
        v.decision().date(),
        v.decision().issuer(),
        v.status(),
        previous == null ? null : previous.id(),
        previous == null ? null : previous.name(),
        v.totalMax().toBigDecimal(),
        v.selfAssessedMax().toBigDecimal(),
        v.surveyMax().toBigDecimal(),
        v.illustrative(),
        v.periodUntil().orElse(null),
        v.totalBounded(),
        v.bandScale());
  }

  public boolean isDraft() {
    return status == VersionStatus.DRAFT;
  }
}
