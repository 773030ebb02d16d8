package vn.parindex.dashboard;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's rank and points against last year's campaign of the same province. The index may have
 * been revised in between, with another maximum: the percentage is what compares across revisions,
 * the points are given beside it.
 *
 * @param rankChange places gained (positive) or lost since last year; null without last year
 * @param percentChange percentage points gained or lost; null without last year
 */
public record YearChange(
    long unitId,
    String unitName,
    int rank,
    BigDecimal total,
    BigDecimal percent,
    Integer lastRank,
    BigDecimal lastTotal,
    BigDecimal lastPercent,
    Integer rankChange,
    BigDecimal totalChange,
    BigDecimal percentChange) {

  /** Every unit of this year's block in rank order, matched with the same unit last year. */
  static List<YearChange> between(DashboardBlock now, DashboardBlock last) {
    Map<Long, DashboardBlock.Unit> before = new HashMap<>();
    if (last != null) {
      last.units().forEach(u -> before.put(u.unitId(), u));
    }
    return now.units().stream().map(u -> of(u, before.get(u.unitId()))).toList();
  }

  static YearChange of(DashboardBlock.Unit now, DashboardBlock.Unit last) {
    if (last == null) {
      return new YearChange(
          now.unitId(),
          now.unitName(),
          now.rank(),
          now.total(),
          now.percent(),
          null,
          null,
          null,
          null,
          null,
          null);
    }
    return new YearChange(
        now.unitId(),
        now.unitName(),
        now.rank(),
        now.total(),
        now.percent(),
        last.rank(),
        last.total(),
        last.percent(),
        last.rank() - now.rank(),
        difference(now.total(), last.total()),
        difference(now.percent(), last.percent()));
  }

  private static BigDecimal difference(BigDecimal now, BigDecimal last) {
    return now == null || last == null ? null : now.subtract(last);
  }
}
