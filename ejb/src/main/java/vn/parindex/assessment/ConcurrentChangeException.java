package vn.parindex.assessment;

import vn.parindex.platform.BusinessException;

/** Someone changed the score after the caller read it: nothing is overwritten silently. */
public class ConcurrentChangeException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public ConcurrentChangeException() {
    super(Kind.CONFLICT, "selfScore.concurrentChange");
  }
}
