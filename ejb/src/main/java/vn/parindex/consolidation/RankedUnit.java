package vn.parindex.consolidation;

import java.math.BigDecimal;

/** A unit's place in the ranking of a year, as the API and pages show it. */
public record RankedUnit(
    int rank,
    long assessmentId,
    String unitName,
    BigDecimal selfAssessed,
    BigDecimal survey,
    BigDecimal grandTotal,
    BigDecimal totalMax,
    String band,
    boolean provisional) {

  static RankedUnit of(Ranking.Ranked ranked) {
    Ranking.UnitTotal u = ranked.unit();
    return new RankedUnit(
        ranked.rank(),
        u.assessmentId(),
        u.unitName(),
        u.selfAssessed().toBigDecimal(),
        u.survey() == null ? null : u.survey().toBigDecimal(),
        u.grandTotal().toBigDecimal(),
        u.totalMax().toBigDecimal(),
        u.band(),
        u.provisional());
  }
}
