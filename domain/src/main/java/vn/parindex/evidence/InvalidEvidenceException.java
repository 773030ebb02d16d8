package vn.parindex.evidence;

import java.util.Arrays;
import java.util.Objects;

/**
 * An uploaded document or its metadata cannot be accepted: a required value is missing, too long,
 * or the file is empty, too large or of a type not accepted.
 *
 * <p>It carries no text for the user: a message key (the services' bundle translates the {@code
 * evidence.*} keys), the input to flag and the message's arguments.
 */
public class InvalidEvidenceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String messageKey;
  private final transient Object[] arguments;

  public InvalidEvidenceException(String field, String messageKey, Object... arguments) {
    super(messageKey + " (" + field + ") " + Arrays.toString(arguments));
    this.field = Objects.requireNonNull(field, "field");
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.arguments = arguments.clone();
  }

  /** The input the user has to correct: number, date, issuer, summary or file. */
  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
