package vn.parindex.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * Achieved over total, times the max: {@code max * min(1, achieved / total)}, rounded half-up to
 * two places. A total of 0 earns what {@code whenNone} says.
 *
 * @param whenNone what a total of 0 earns
 */
public record ProportionalRule(WhenNone whenNone) implements ScoringRule {

  /** Checks that {@code whenNone} is given. */
  public ProportionalRule {
    Objects.requireNonNull(whenNone, "whenNone");
  }

  @Override
  public RuleType type() {
    return RuleType.PROPORTIONAL;
  }

  @Override
  public Points score(ScoreInputs inputs, Points max) {
    Objects.requireNonNull(max, "max");
    Ratio ratio = Ratio.of(inputs);
    if (ratio.isNone()) {
      return Ratio.whenNone(whenNone, max);
    }
    if (ratio.isAtLeast(BigDecimal.ONE)) {
      return max;
    }
    // Multiplying before dividing leaves one rounding ahead of the final one. With the ratio
    // first, 1.5 * (1/300) would be 0.004999... and round to 0.00 instead of 0.005 -> 0.01.
    return Points.of(
        max.toBigDecimal().multiply(ratio.achieved()).divide(ratio.total(), MathContext.DECIMAL64));
  }
}
