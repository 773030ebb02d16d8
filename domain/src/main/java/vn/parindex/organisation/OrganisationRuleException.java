package vn.parindex.organisation;

import java.util.Arrays;
import java.util.Objects;

/**
 * A change to a unit, an office or an account that would break one of their rules: an office user
 * without an office, a consolidator outside the consolidating office, a short password.
 *
 * <p>It carries no text for the user: a message key of the services' bundle ({@code
 * organisation.*}), the input to flag and the message's arguments, so that the service can turn it
 * into a translated refusal.
 */
public class OrganisationRuleException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String messageKey;
  private final transient Object[] arguments;

  public OrganisationRuleException(String field, String messageKey, Object... arguments) {
    super(messageKey + " (" + field + ") " + Arrays.toString(arguments));
    this.field = Objects.requireNonNull(field, "field");
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.arguments = arguments.clone();
  }

  /** The input the user has to correct. */
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
