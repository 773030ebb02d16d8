package vn.parindex.scoring;

import java.math.BigDecimal;

/**
 * What an office entered for one criterion. Every field may be null: a rule reads only the ones its
 * {@link RuleType#inputs() type} needs, and rejects a missing one when it scores.
 *
 * @param points the score typed by the office (manual rules)
 * @param met whether the requirement is met (binary rules)
 * @param timeliness when the task was done (timeliness rules)
 * @param achieved the amount achieved; may exceed the total, e.g. revenue over its target
 * @param total the amount the achieved one is measured against
 * @param violations the number of violations found (deduction rules)
 */
public record ScoreInputs(
    BigDecimal points,
    Boolean met,
    Timeliness timeliness,
    BigDecimal achieved,
    BigDecimal total,
    Integer violations) {

  /** Nothing entered yet. */
  public static final ScoreInputs NONE = new ScoreInputs(null, null, null, null, null, null);

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
