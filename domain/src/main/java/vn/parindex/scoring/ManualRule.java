package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The office types the score itself, from 0 to the max in steps of {@code step}; used where the
 * index leaves the judgement to the assessed unit, e.g. innovation in PAR work.
 *
 * <p>A typed value outside the range or between two steps is rejected, never clamped or rounded:
 * the office has to see and correct what it typed.
 *
 * @param step the smallest increment, positive and with at most two decimal places
 */
public record ManualRule(BigDecimal step) implements ScoringRule {

  /** Checks that the step is positive and expressible in points. */
  public ManualRule {
    Objects.requireNonNull(step, "step");
    if (step.signum() <= 0) {
      throw new IllegalArgumentException("The step must be positive: " + step);
    }
    // A finer step would accept scores that Points then rounds to a value that is not a step.
    if (step.stripTrailingZeros().scale() > Points.SCALE) {
      throw new IllegalArgumentException("The step must have at most two decimals: " + step);
    }
  }

  @Override
  public RuleType type() {
    return RuleType.MANUAL;
  }

  @Override
  public Points score(ScoreInputs inputs, Points max) {
    Objects.requireNonNull(max, "max");
    if (inputs.points() == null) {
      throw InvalidScoreInputsException.required(InputField.POINTS);
    }
    // Size and decimals first: the remainder below of 1E-999999999 would take the server down.
    BigDecimal points = ScoreInputs.typedPoints(inputs.points());
    // A negative score is reported as out of range: the message then tells the office the range.
    if (points.signum() < 0 || points.compareTo(max.toBigDecimal()) > 0) {
      throw new InvalidScoreInputsException(
          InputField.POINTS, InvalidScoreInputsException.POINTS_OUT_OF_RANGE, max.toBigDecimal());
    }
    if (points.remainder(step).signum() != 0) {
      throw new InvalidScoreInputsException(
          InputField.POINTS, InvalidScoreInputsException.POINTS_NOT_MULTIPLE_OF_STEP, step);
    }
    return Points.of(points);
  }
}
