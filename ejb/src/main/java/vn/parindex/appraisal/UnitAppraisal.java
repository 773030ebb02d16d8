package vn.parindex.appraisal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit's appraisal result: every appraised criterion, each area's subtotals and the totals of the
 * unit's own scores, of each round and of the final scores.
 *
 * @param explanationUntil the last day to explain the latest round that has a window, or null
 * @param roundsClosed how many rounds have closed: their notices are final
 * @param approved whether the council's approval of the unit's block is in force
 */
public record UnitAppraisal(
    long assessmentId,
    String unitName,
    long campaignId,
    int year,
    int currentRound,
    int roundsClosed,
    LocalDate explanationUntil,
    boolean approved,
    List<AppraisalLine> lines,
    List<AreaTotal> areas,
    Totals totals)
    implements Serializable {

  /** An area's subtotals. */
  public record AreaTotal(
      String code, String name, BigDecimal max, BigDecimal self, BigDecimal finalPoints)
      implements Serializable {}

  /**
   * The unit's totals: its own, after each round, and final; then its index: the final points plus
   * the survey and bonus, less penalty, within the version's bounds, against the version's maximum.
   */
  public record Totals(
      BigDecimal max,
      BigDecimal self,
      List<BigDecimal> rounds,
      BigDecimal finalPoints,
      BigDecimal survey,
      BigDecimal bonus,
      BigDecimal penalty,
      BigDecimal total,
      BigDecimal totalMax)
      implements Serializable {}
}
