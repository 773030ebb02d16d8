package vn.parindex.scoring;

import java.math.BigDecimal;

/** The checked achieved and total amounts shared by the two ratio rules. */
record Ratio(BigDecimal achieved, BigDecimal total) {

  /**
   * Reads and checks the ratio inputs.
   *
   * @throws InvalidScoreInputsException if an amount is missing or negative, or if something was
   *     achieved out of a total of 0
   */
  static Ratio of(ScoreInputs inputs) {
    BigDecimal achieved = inputs.achieved();
    BigDecimal total = inputs.total();
    if (achieved == null) {
      throw InvalidScoreInputsException.required(InputField.ACHIEVED);
    }
    if (total == null) {
      throw InvalidScoreInputsException.required(InputField.TOTAL);
    }
    if (achieved.signum() < 0) {
      throw InvalidScoreInputsException.negative(InputField.ACHIEVED);
    }
    if (total.signum() < 0) {
      throw InvalidScoreInputsException.negative(InputField.TOTAL);
    }
    // The total is the field flagged: an office that achieved something most likely forgot it.
    if (total.signum() == 0 && achieved.signum() > 0) {
      throw new InvalidScoreInputsException(
          InputField.TOTAL, InvalidScoreInputsException.ACHIEVED_WITHOUT_TOTAL);
    }
    return new Ratio(achieved, total);
  }

  /** Tells whether nothing of the kind happened this year ("không phát sinh"). */
  boolean isNone() {
    return total.signum() == 0;
  }

  /** Tells whether achieved / total is at least the given ratio. */
  boolean isAtLeast(BigDecimal ratio) {
    // Compared by multiplication, which is exact, where a rounded quotient such as 0.94999...
    // could land on a tier boundary.
    return achieved.compareTo(ratio.multiply(total)) >= 0;
  }

  /** Returns the points earned when the total is 0. */
  static Points whenNone(WhenNone whenNone, Points max) {
    return whenNone == WhenNone.FULL ? max : Points.ZERO;
  }
}
