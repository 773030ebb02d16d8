package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The max minus a fixed amount per violation found, never below 0.
 *
 * <p>{@code points = max(0, max - n * perItem)}, n being the number of violations.
 *
 * @param perItem the points deducted per violation, positive
 */
public record DeductionRule(Points perItem) implements ScoringRule {

  /** Checks that the deduction per violation is positive. */
  public DeductionRule {
    Objects.requireNonNull(perItem, "perItem");
    if (!perItem.isGreaterThan(Points.ZERO)) {
      throw new IllegalArgumentException("The deduction per violation must be positive");
    }
  }

  @Override
  public RuleType type() {
    return RuleType.DEDUCTION;
  }

  @Override
  public Points score(ScoreInputs inputs, Points max) {
    Objects.requireNonNull(max, "max");
    Integer violations = inputs.violations();
    if (violations == null) {
      throw InvalidScoreInputsException.required(InputField.VIOLATIONS);
    }
    BigDecimal found = ScoreInputs.count(InputField.VIOLATIONS, BigDecimal.valueOf(violations));
    return max.minusOrZero(perItem.times(found));
  }
}
