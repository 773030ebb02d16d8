package vn.parindex.scoring;

/**
 * One of the values an office can enter when it scores a criterion. Which of them a criterion asks
 * for depends on its {@link RuleType}; an {@link InvalidScoreInputsException} names the one that is
 * wrong so that the form can show the message next to it.
 */
public enum InputField {
  /** The score itself, typed by the office (manual rules). */
  POINTS,
  /** Whether the requirement is met (binary rules). */
  MET,
  /** Whether the task was done on time, late or not at all (timeliness rules). */
  TIMELINESS,
  /** The amount achieved: documents issued, cases solved on time, money disbursed. */
  ACHIEVED,
  /** The amount the achieved one is measured against: the plan, the target, all cases. */
  TOTAL,
  /** The number of violations found (deduction rules). */
  VIOLATIONS
}
