package vn.parindex.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import vn.parindex.scoring.Points;

/**
 * How a unit's index is composed: its appraised points, plus the survey's, plus bonus, less
 * penalty; capped at the version's maximum and floored at 0 where the version says so. Bonus and
 * penalty are what lets a total leave 0..max, which is why the version decides.
 *
 * @param appraised the final appraised points of the self-assessed part
 * @param max the version's maximum
 * @param bounded whether the version caps and floors the total
 */
public record IndexTotal(
    BigDecimal appraised,
    BigDecimal survey,
    BigDecimal bonus,
    BigDecimal penalty,
    BigDecimal max,
    boolean bounded) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public IndexTotal {
    appraised = cents(appraised);
    survey = cents(survey);
    bonus = cents(bonus);
    penalty = cents(penalty);
    Objects.requireNonNull(max, "max");
    if (max.signum() <= 0) {
      throw new IllegalArgumentException("A version's maximum is positive: " + max);
    }
    max = max.setScale(Points.SCALE, Points.ROUNDING);
  }

  private static BigDecimal cents(BigDecimal value) {
    if (value == null) {
      return BigDecimal.ZERO.setScale(Points.SCALE);
    }
    if (value.signum() < 0) {
      throw new IllegalArgumentException("Parts of a total are never negative: " + value);
    }
    return value.setScale(Points.SCALE, Points.ROUNDING);
  }

  /** Appraised + survey + bonus − penalty, within 0..max when the version bounds it. */
  public BigDecimal total() {
    BigDecimal sum = appraised.add(survey).add(bonus).subtract(penalty);
    if (!bounded) {
      return sum;
    }
    return sum.max(BigDecimal.ZERO.setScale(Points.SCALE)).min(max);
  }

  /** The total as a percentage of the maximum, two places, half up. */
  public BigDecimal percent() {
    return total().multiply(HUNDRED).divide(max, 2, RoundingMode.HALF_UP);
  }
}
