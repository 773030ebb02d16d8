package vn.parindex.scoring;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * An amount of index points: a decimal with exactly two places, rounded half-up, never negative.
 *
 * <p>Instances are immutable. Two amounts are equal when their two-place values are equal, so
 * {@code Points.of("1.5")} equals {@code Points.of("1.50")}. There is deliberately no factory
 * taking a {@code double}: binary floating point cannot hold values such as 0.1 exactly, and the
 * official scorecards are compared to the hundredth of a point.
 */
public final class Points implements Serializable, Comparable<Points> {

  /** The number of decimal places every amount of points carries. */
  public static final int SCALE = 2;

  /** The rounding the index rules prescribe for every computed amount. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

  /** No points. */
  public static final Points ZERO = new Points(BigDecimal.ZERO);

  private final BigDecimal value;

  private Points(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    // Checked before rounding so that a tiny negative such as -0.001 is not silently taken as 0.
    if (value.signum() < 0) {
      throw new IllegalArgumentException("Points must not be negative: " + value.toPlainString());
    }
    this.value = value.setScale(SCALE, ROUNDING);
  }

  /**
   * Returns the given amount rounded half-up to two places.
   *
   * @throws IllegalArgumentException if the amount is negative
   */
  public static Points of(BigDecimal value) {
    return new Points(value);
  }

  /**
   * Parses a plain decimal such as {@code "1.25"}, blanks around it ignored, and rounds it half-up
   * to two places.
   *
   * @throws NumberFormatException if the text is not a decimal number
   * @throws IllegalArgumentException if the amount is negative
   */
  public static Points of(String value) {
    Objects.requireNonNull(value, "value");
    return new Points(new BigDecimal(value.strip()));
  }

  /** Returns the sum of all the given amounts, {@link #ZERO} for an empty collection. */
  public static Points sum(Collection<Points> points) {
    BigDecimal total = BigDecimal.ZERO;
    for (Points p : points) {
      total = total.add(p.value);
    }
    return new Points(total);
  }

  /** Returns this amount plus the other. */
  public Points plus(Points other) {
    return new Points(value.add(other.value));
  }

  /**
   * Returns this amount multiplied by a non-negative factor, rounded half-up to two places.
   *
   * @throws IllegalArgumentException if the factor is negative
   */
  public Points times(BigDecimal fraction) {
    Objects.requireNonNull(fraction, "fraction");
    if (fraction.signum() < 0) {
      throw new IllegalArgumentException("Factor must not be negative: " + fraction);
    }
    return new Points(value.multiply(fraction));
  }

  /** Returns this amount minus the other, or {@link #ZERO} if the other is larger. */
  public Points minusOrZero(Points other) {
    BigDecimal difference = value.subtract(other.value);
    return difference.signum() < 0 ? ZERO : new Points(difference);
  }

  /** Returns this amount, or the cap if this amount is greater than the cap. */
  public Points atMost(Points cap) {
    return isGreaterThan(cap) ? cap : this;
  }

  /** Tells whether this amount is strictly greater than the other. */
  public boolean isGreaterThan(Points other) {
    return compareTo(other) > 0;
  }

  /** Returns the amount as a decimal with scale 2. */
  public BigDecimal toBigDecimal() {
    return value;
  }

  @Override
  public int compareTo(Points other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    // Safe because every value has the same scale: BigDecimal.equals would tell 1.5 from 1.50.
    return o instanceof Points other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the plain two-place decimal, e.g. {@code "1.25"} or {@code "2.00"}. */
  @Override
  public String toString() {
    return value.toPlainString();
  }
}
