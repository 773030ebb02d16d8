package vn.parindex.platform;

import jakarta.ejb.ApplicationException;

/**
 * A refusal the user must be told about, in their language: the message is a key of the {@code
 * vn.parindex.i18n.Messages} bundles, with its arguments. It rolls the transaction back, so a
 * refused request changes nothing.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final transient Object[] arguments;
  private String field;

  public BusinessException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  /**
   * Names the input the error is about: {@code throw new BusinessException(...).onField("code")}.
   */
  public BusinessException onField(String inputField) {
    this.field = inputField;
    return this;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }

  /** The input the error is about, so a page can show it next to that field; may be null. */
  public String field() {
    return field;
  }
}
