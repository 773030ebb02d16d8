package vn.parindex.consolidation;

/** What the consolidator should look at on one row of the consolidated scorecard. */
public enum NodeFlag {
  /** A self-assessed leaf without a score from its lead office. */
  UNSCORED,
  /** Points above 0 with no supporting document linked by the lead office. */
  NO_EVIDENCE,
  /** The lead office's score was returned for revision. */
  RETURNED,
  /** The supporting office of a shared criterion scored differently from the lead. */
  SCORES_DIFFER,
  /** A survey criterion whose points are not entered yet. */
  SURVEY_MISSING
}
