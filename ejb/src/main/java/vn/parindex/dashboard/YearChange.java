package vn.parindex.dashboard;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
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
 * @param areas each area of this year's index against the area it continues, in the order of the
 *     areas; empty without last year
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
    BigDecimal percentChange,
    List<AreaChange> areas)
    implements Serializable {

  /**
   * Every unit of this year's block in rank order, matched with the same unit last year, and each
   * of its areas with the area matched to it.
   */
  static List<YearChange> between(
      DashboardBlock now, DashboardBlock last, List<AreaMatch> matches) {
    Map<Long, DashboardBlock.Unit> before = new HashMap<>();
    if (last != null) {
      last.units().forEach(u -> before.put(u.unitId(), u));
    }
    return now.units().stream()
        .map(u -> of(u, before.get(u.unitId())).withAreas(now, u, last, before, matches))
        .toList();
  }

  private YearChange withAreas(
      DashboardBlock now,
      DashboardBlock.Unit unit,
      DashboardBlock last,
      Map<Long, DashboardBlock.Unit> before,
      List<AreaMatch> matches) {
    DashboardBlock.Unit then = before.get(unit.unitId());
    if (then == null) {
      return this;
    }
    List<AreaChange> changes = new ArrayList<>();
    for (int i = 0; i < now.areas().size(); i++) {
      DashboardBlock.Area area = now.areas().get(i);
      String lastCode = lastCode(matches, area.code());
      int j = lastCode == null ? -1 : indexOf(last, lastCode);
      changes.add(
          AreaChange.of(
              area.code(),
              lastCode,
              AreaChange.percent(unit.areaPoints().get(i), area.max()),
              j < 0
                  ? null
                  : AreaChange.percent(then.areaPoints().get(j), last.areas().get(j).max())));
    }
    return new YearChange(
        unitId,
        unitName,
        rank,
        total,
        percent,
        lastRank,
        lastTotal,
        lastPercent,
        rankChange,
        totalChange,
        percentChange,
        List.copyOf(changes));
  }

  private static String lastCode(List<AreaMatch> matches, String code) {
    for (AreaMatch match : matches) {
      if (match.code().equals(code)) {
        return match.lastCode();
      }
    }
    return null;
  }

  private static int indexOf(DashboardBlock block, String code) {
    for (int i = 0; i < block.areas().size(); i++) {
      if (block.areas().get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
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
          null,
          List.of());
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
        difference(now.percent(), last.percent()),
        List.of());
  }

  private static BigDecimal difference(BigDecimal now, BigDecimal last) {
    return now == null || last == null ? null : now.subtract(last);
  }
}
