package vn.parindex.platform;

/** The caller is known but may not touch this data: another office's criterion, for one. */
public class AccessDeniedException extends BusinessException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String messageKey, Object... arguments) {
    super(Kind.FORBIDDEN, messageKey, arguments);
  }
}
