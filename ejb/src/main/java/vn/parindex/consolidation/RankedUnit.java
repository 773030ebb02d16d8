package vn.parindex.consolidation;

import java.math.BigDecimal;
import vn.parindex.results.UnitResult;

/**
 * A unit's place in the ranking of a year, as the API and pages show it. Ranked within a block that
 * takes part in the province's campaign of the year, these are the block's results: appraised
 * points, survey, bonus, penalty and the composed total.
 */
public record RankedUnit(
    int rank,
    long assessmentId,
    String unitName,
    BigDecimal selfAssessed,
    BigDecimal survey,
    BigDecimal grandTotal,
    BigDecimal totalMax,
    String band,
    boolean provisional,
    BigDecimal bonus,
    BigDecimal penalty) {

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
        u.provisional(),
        BigDecimal.ZERO,
        BigDecimal.ZERO);
  }

  /**
   * A unit's line of its block's results in the province's campaign: the appraised points as the
   * self-assessed part, and the composed total as the grand total.
   */
  static RankedUnit of(UnitResult u, BigDecimal max) {
    BigDecimal appraised =
        u.areaPoints().stream()
            .filter(java.util.Objects::nonNull)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    return new RankedUnit(
        u.rank(),
        u.assessmentId(),
        u.unitName(),
        appraised,
        u.survey(),
        u.total(),
        max,
        u.band(),
        u.provisional(),
        u.bonus(),
        u.penalty());
  }
}
