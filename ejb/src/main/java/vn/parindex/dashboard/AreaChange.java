package vn.parindex.dashboard;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A unit's share of one area's maximum this year against last year's in the area it continues. The
 * index may have been revised: the area may have another code or maximum, criteria may have moved
 * in or out, so the percentage compares, not the points.
 *
 * @param code this year's code of the area
 * @param lastCode the code of the area last year, null when it has no counterpart
 * @param change percentage points gained or lost; null when either year has no figure
 */
public record AreaChange(
    String code, String lastCode, BigDecimal percent, BigDecimal lastPercent, BigDecimal change)
    implements Serializable {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  static AreaChange of(String code, String lastCode, BigDecimal percent, BigDecimal lastPercent) {
    BigDecimal change =
        percent == null || lastPercent == null ? null : percent.subtract(lastPercent);
    return new AreaChange(code, lastCode, percent, lastPercent, change);
  }

  /** Points as a percentage of the maximum, two places half up as the results give the total's. */
  static BigDecimal percent(BigDecimal points, BigDecimal max) {
    if (points == null || max == null || max.signum() == 0) {
      return null;
    }
    return points.multiply(HUNDRED).divide(max, 2, RoundingMode.HALF_UP);
  }
}
