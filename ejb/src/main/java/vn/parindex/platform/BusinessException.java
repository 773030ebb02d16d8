package vn.parindex.platform;

import vn.parindex.kernel.Refusal;

/**
 * A service's refusal of bad input (400), in the one shape of {@link Refusal}; its subclasses are
 * the refusals of other kinds that the services throw by name.
 */
public class BusinessException extends Refusal {
  private static final long serialVersionUID = 1L;

  public BusinessException(String messageKey, Object... arguments) {
    this(Kind.INVALID, messageKey, arguments);
  }

  protected BusinessException(Kind kind, String messageKey, Object... arguments) {
    super(kind, null, messageKey, arguments);
  }

  @Override
  public BusinessException onField(String inputField) {
    super.onField(inputField);
    return this;
  }
}
