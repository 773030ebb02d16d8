package vn.parindex.scoring;

import java.math.BigDecimal;

/** The checked achieved and total counts shared by the two ratio rules. */
record Ratio(BigDecimal achieved, BigDecimal total) {

  /**
   * Reads and checks the ratio inputs.
   *
   * @throws InvalidScoreInputsException if a count is missing, negative, not whole or too large, or
   *     if more was achieved than the total
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
    Ratio ratio =
        new Ratio(
            ScoreInputs.count(InputField.ACHIEVED, achieved),
            ScoreInputs.count(InputField.TOTAL, total));
    requireConsistent(ratio.achieved, ratio.total);
    return ratio;
  }

  /** Checks two checked counts against each other: nothing achieved beyond the total. */
  static void requireConsistent(BigDecimal achieved, BigDecimal total) {
    // The total is the field flagged: an office that achieved something most likely forgot it.
    if (total.signum() == 0 && achieved.signum() > 0) {
      throw new InvalidScoreInputsException(
          InputField.TOTAL, InvalidScoreInputsException.ACHIEVED_WITHOUT_TOTAL);
    }
    if (achieved.compareTo(total) > 0) {
      throw new InvalidScoreInputsException(
          InputField.ACHIEVED, InvalidScoreInputsException.ACHIEVED_ABOVE_TOTAL);
    }
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
