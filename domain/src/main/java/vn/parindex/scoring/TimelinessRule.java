package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A task with a deadline, such as the yearly PAR plan or a periodic report: done on time earns
 * {@code max * onTime}, done late {@code max * late}, not done 0.
 *
 * @param onTime the fraction of the max earned on time, from 0 to 1
 * @param late the fraction of the max earned when late, from 0 to 1
 */
public record TimelinessRule(BigDecimal onTime, BigDecimal late) implements ScoringRule {

  /** Checks that both fractions are between 0 and 1. */
  public TimelinessRule {
    requireFraction(onTime, "onTime");
    requireFraction(late, "late");
  }

  private static void requireFraction(BigDecimal fraction, String name) {
    Objects.requireNonNull(fraction, name);
    if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(name + " must be between 0 and 1: " + fraction);
    }
  }

  @Override
  public RuleType type() {
    return RuleType.TIMELINESS;
  }

  @Override
  public Points score(ScoreInputs inputs, Points max) {
    Objects.requireNonNull(max, "max");
    Timeliness timeliness = inputs.timeliness();
    if (timeliness == null) {
      throw InvalidScoreInputsException.required(InputField.TIMELINESS);
    }
    return switch (timeliness) {
      case ON_TIME -> max.times(onTime);
      case LATE -> max.times(late);
      case NOT_DONE -> Points.ZERO;
    };
  }
}
