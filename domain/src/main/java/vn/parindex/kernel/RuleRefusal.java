package vn.parindex.kernel;

import java.util.Arrays;
import java.util.Objects;

/**
 * An input that one of the domain's rules refuses. It carries no text for the user: a message key
 * of the services' bundle, the input to flag and the message's arguments, so that a service can
 * turn it into a translated refusal next to the right field.
 */
public abstract class RuleRefusal extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String messageKey;
  private final transient Object[] arguments;

  protected RuleRefusal(String field, String messageKey, Object... arguments) {
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
