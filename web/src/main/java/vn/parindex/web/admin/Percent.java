package vn.parindex.web.admin;

import java.math.BigDecimal;

/** Fractions as the services keep them (0.8), percentages as administrators type them (80). */
final class Percent {
  private Percent() {}

  static BigDecimal of(BigDecimal fraction) {
    return fraction == null ? null : fraction.movePointRight(2).stripTrailingZeros();
  }

  static BigDecimal toFraction(BigDecimal percent) {
    return percent == null ? null : percent.movePointLeft(2);
  }
}
