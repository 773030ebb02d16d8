package vn.parindex.scoring;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What an office entered for one criterion. Every field may be null: a rule reads only the ones its
 * {@link RuleType#inputs() type} needs, and rejects a missing one when it scores.
 *
 * <p>What comes from a user goes through {@link #entered} (or {@link #checked()}) first: counts are
 * whole numbers from 0 to {@link #MAX_COUNT}, at most the total, and a typed score has at most two
 * decimals and at most {@link #MAX_POINTS}. These limits are checked on the shape of the number
 * alone, before any arithmetic: a value such as {@code 1E+999999999} is cheap to hold but not to
 * multiply, round or print.
 *
 * @param points the score typed by the office (manual rules)
 * @param met whether the requirement is met (binary rules)
 * @param timeliness when the task was done (timeliness rules)
 * @param achieved the number of things achieved (documents issued, cases solved on time, millions
 *     of dong disbursed), at most the total
 * @param total the number the achieved one is measured against
 * @param violations the number of violations found (deduction rules)
 */
public record ScoreInputs(
    BigDecimal points,
    Boolean met,
    Timeliness timeliness,
    BigDecimal achieved,
    BigDecimal total,
    Integer violations)
    implements Serializable {

  /** Nothing entered yet. */
  public static final ScoreInputs NONE = new ScoreInputs(null, null, null, null, null, null);

  /**
   * The largest count an office may enter: far above any number of documents, cases or staff of a
   * unit, and above a province's budget counted in millions of dong.
   */
  public static final BigDecimal MAX_COUNT = BigDecimal.valueOf(1_000_000_000L);

  /** The largest score an office may type; an index totals 100. */
  public static final BigDecimal MAX_POINTS = BigDecimal.valueOf(1000);

  /**
   * Digits beyond which a number is refused unread: more than any valid input, with room for
   * trailing zeros such as {@code 3.000}.
   */
  private static final int MAX_BITS = 128;

  private static final int MAX_SCALE = 40;

  /**
   * Checks the values as an office entered them and returns them as the rules read them. The counts
   * come as decimals so that {@code 1.5} violations is refused, not cut to 1.
   *
   * @throws InvalidScoreInputsException naming the first value that is out of bounds, not whole
   *     where it counts things, too precise, or an achieved count above its total
   */
  public static ScoreInputs entered(
      BigDecimal points,
      Boolean met,
      Timeliness timeliness,
      BigDecimal achieved,
      BigDecimal total,
      BigDecimal violations) {
    BigDecimal typed = points == null ? null : typedPoints(points);
    BigDecimal done = achieved == null ? null : count(InputField.ACHIEVED, achieved);
    BigDecimal all = total == null ? null : count(InputField.TOTAL, total);
    if (done != null && all != null) {
      Ratio.requireConsistent(done, all);
    }
    Integer found =
        violations == null ? null : count(InputField.VIOLATIONS, violations).intValueExact();
    return new ScoreInputs(typed, met, timeliness, done, all, found);
  }

  /** Returns these inputs {@link #entered checked}, as a rule may score them. */
  public ScoreInputs checked() {
    return entered(
        points,
        met,
        timeliness,
        achieved,
        total,
        violations == null ? null : BigDecimal.valueOf(violations.longValue()));
  }

  /** A whole number from 0 to {@link #MAX_COUNT}, with scale 0. */
  static BigDecimal count(InputField field, BigDecimal value) {
    BigDecimal v = bounded(field, value, MAX_COUNT);
    if (v.signum() < 0) {
      throw new InvalidScoreInputsException(
          field,
          field == InputField.VIOLATIONS
              ? InvalidScoreInputsException.VIOLATIONS_NEGATIVE
              : InvalidScoreInputsException.NEGATIVE);
    }
    if (v.scale() > 0) {
      throw new InvalidScoreInputsException(field, InvalidScoreInputsException.NOT_WHOLE);
    }
    return v.setScale(0);
  }

  /** A typed score of at most {@link #MAX_POINTS} either way, with at most two decimals. */
  static BigDecimal typedPoints(BigDecimal value) {
    BigDecimal v = bounded(InputField.POINTS, value, MAX_POINTS);
    if (v.scale() > Points.SCALE) {
      throw new InvalidScoreInputsException(
          InputField.POINTS, InvalidScoreInputsException.POINTS_TOO_PRECISE);
    }
    return v.setScale(Points.SCALE);
  }

  /**
   * The value without trailing zeros, once its size is known to be within {@code -bound..bound}.
   * The bit length and the scale are read as they are stored, so nothing here costs more than the
   * number's text did to parse.
   */
  private static BigDecimal bounded(InputField field, BigDecimal value, BigDecimal bound) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    if (value.unscaledValue().bitLength() > MAX_BITS || value.scale() < -MAX_SCALE) {
      throw new InvalidScoreInputsException(field, InvalidScoreInputsException.TOO_LARGE, bound);
    }
    if (value.scale() > MAX_SCALE) {
      // Far too many decimals: refused as a fraction, which is what it is.
      throw field == InputField.POINTS
          ? new InvalidScoreInputsException(field, InvalidScoreInputsException.POINTS_TOO_PRECISE)
          : new InvalidScoreInputsException(field, InvalidScoreInputsException.NOT_WHOLE);
    }
    if (value.abs().compareTo(bound) > 0) {
      throw new InvalidScoreInputsException(field, InvalidScoreInputsException.TOO_LARGE, bound);
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Returns the inputs of a manual rule: the typed score. */
  public static ScoreInputs manual(BigDecimal points) {
    return new ScoreInputs(points, null, null, null, null, null);
  }

  /** Returns the inputs of a binary rule. */
  public static ScoreInputs binary(boolean met) {
    return new ScoreInputs(null, met, null, null, null, null);
  }

  /** Returns the inputs of a timeliness rule. */
  public static ScoreInputs timeliness(Timeliness timeliness) {
    return new ScoreInputs(null, null, timeliness, null, null, null);
  }

  /** Returns the inputs of a ratio-tiers or proportional rule. */
  public static ScoreInputs ratio(BigDecimal achieved, BigDecimal total) {
    return new ScoreInputs(null, null, null, achieved, total, null);
  }

  /** Returns the inputs of a deduction rule. */
  public static ScoreInputs violations(int violations) {
    return new ScoreInputs(null, null, null, null, null, violations);
  }
}
