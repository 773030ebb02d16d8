package vn.parindex.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The colour step of a heat map cell, by the percentage of the area's maximum a unit reached. The
 * two upper bounds follow the national ranking's groups (A from 90 %, B from 80 %), so that the
 * darkest cells are the ones that would be in group A.
 */
public enum HeatStep {
  /** No points yet, or an area without a maximum. */
  NONE(null),
  BELOW_50(BigDecimal.ZERO),
  FROM_50(BigDecimal.valueOf(50)),
  FROM_65(BigDecimal.valueOf(65)),
  FROM_80(BigDecimal.valueOf(80)),
  FROM_90(BigDecimal.valueOf(90));

  private final BigDecimal lowerBound;

  HeatStep(BigDecimal lowerBound) {
    this.lowerBound = lowerBound;
  }

  /** The steps a legend shows, lowest first. */
  public static List<HeatStep> legend() {
    return List.of(BELOW_50, FROM_50, FROM_65, FROM_80, FROM_90);
  }

  /** The step of a percentage; its lower bound is inclusive. */
  public static HeatStep of(BigDecimal percent) {
    if (percent == null) {
      return NONE;
    }
    HeatStep step = BELOW_50;
    for (HeatStep candidate : legend()) {
      if (percent.compareTo(candidate.lowerBound) >= 0) {
        step = candidate;
      }
    }
    return step;
  }

  /** Points as a percentage of the maximum, one decimal; null without points or maximum. */
  public static BigDecimal percent(BigDecimal points, BigDecimal max) {
    if (points == null || max == null || max.signum() <= 0) {
      return null;
    }
    return points.multiply(BigDecimal.valueOf(100)).divide(max, 1, RoundingMode.HALF_UP);
  }

  /** 1 to 5 for the legend's steps, 0 for none: the CSS class suffix. */
  public int level() {
    return ordinal();
  }
}
