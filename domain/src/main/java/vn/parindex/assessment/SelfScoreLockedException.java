package vn.parindex.assessment;

/** The score is not in a state that allows this step (a submitted score edited by its office). */
public class SelfScoreLockedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final SelfScoreStatus status;

  public SelfScoreLockedException(SelfScoreStatus status) {
    super("Not allowed while the self-score is " + status);
    this.status = status;
  }

  public SelfScoreStatus status() {
    return status;
  }
}
