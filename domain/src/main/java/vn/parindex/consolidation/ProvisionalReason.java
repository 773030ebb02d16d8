package vn.parindex.consolidation;

/**
 * Why a consolidated total is still provisional (tạm tính). Only what can still change the total
 * counts: a score not entered, a survey part not entered, a score sent back to its office. A score
 * not yet reviewed or a criterion without evidence is shown, but does not make the total
 * provisional: the province's appraisal judges those.
 */
public enum ProvisionalReason {
  /** A self-assessed leaf criterion has no score from its lead office. */
  UNSCORED,
  /** A survey criterion has no points entered yet. */
  SURVEY_MISSING,
  /** The consolidator returned a lead office's score for revision. */
  RETURNED
}
