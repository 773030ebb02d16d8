package vn.parindex.assessment;

/**
 * Where an office's self-score stands: not started, a draft the office still edits, submitted to
 * the consolidating office (read-only for the office), then accepted, or returned for revision with
 * a comment, after which the office edits it again.
 */
public enum SelfScoreStatus {
  NOT_STARTED,
  DRAFT,
  SUBMITTED,
  ACCEPTED,
  RETURNED;

  /** The office may change the score: nobody is reviewing it. */
  public boolean editableByOffice() {
    return this == NOT_STARTED || this == DRAFT || this == RETURNED;
  }
}
