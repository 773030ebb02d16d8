package vn.parindex.assessment;

/** Where an office's self-score stands; a criterion without a self-score is not started. */
public enum SelfScoreStatus {
  NOT_STARTED,
  DRAFT
}
