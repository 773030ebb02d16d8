package vn.parindex.kernel;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Every refusal of the product, in one shape: what kind of refusal it is, a message key of one of
 * the bundles, the input to flag (or none) and the message's arguments. It carries no text for the
 * user: the API's one exception mapper and the portal's one message helper translate it.
 *
 * <p>It is an application exception, so a service that throws it rolls its transaction back and the
 * caller gets it unwrapped: a refused request changes nothing.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What the refusal means for the caller; the API answers each with its own status. */
  public enum Kind {
    /** The input is wrong: 400. */
    INVALID(400),
    /** The caller is known but may not do this: 403. */
    FORBIDDEN(403),
    /** The thing does not exist, or the caller may not know that it does: 404. */
    NOT_FOUND(404),
    /** The thing is not in a state that allows it, or someone changed it meanwhile: 409. */
    CONFLICT(409),
    /** A resource the product needs is down for a while: 503, to be tried again. */
    UNAVAILABLE(503);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  /**
   * One of several problems behind a refusal (a node of a version, a cell of a workbook, a
   * criterion of a submission): where it is, a label of data to put before its message (a
   * criterion's code and name), and its own message key and arguments.
   */
  public record Detail(
      String code,
      String label,
      String sheet,
      Integer row,
      String column,
      String messageKey,
      List<Object> arguments) {
    public Detail {
      Objects.requireNonNull(messageKey, "messageKey");
      arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    public static Detail onCode(String code, String label, String messageKey, Object... arguments) {
      return new Detail(code, label, null, null, null, messageKey, Arrays.asList(arguments));
    }

    public static Detail onCell(
        String sheet, Integer row, String column, String messageKey, Object... arguments) {
      return new Detail(null, null, sheet, row, column, messageKey, Arrays.asList(arguments));
    }
  }

  private final Kind kind;
  private final String messageKey;
  private final transient Object[] arguments;
  private String field;

  protected Refusal(Kind kind, String field, String messageKey, Object... arguments) {
    super(
        messageKey + (field == null ? "" : " (" + field + ")") + " " + Arrays.toString(arguments));
    this.kind = Objects.requireNonNull(kind, "kind");
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.field = field;
    this.arguments = arguments.clone();
  }

  public static Refusal invalid(String field, String messageKey, Object... arguments) {
    return new Refusal(Kind.INVALID, field, messageKey, arguments);
  }

  public static Refusal forbidden(String messageKey, Object... arguments) {
    return new Refusal(Kind.FORBIDDEN, null, messageKey, arguments);
  }

  public static Refusal notFound(String messageKey, Object... arguments) {
    return new Refusal(Kind.NOT_FOUND, null, messageKey, arguments);
  }

  public static Refusal conflict(String messageKey, Object... arguments) {
    return new Refusal(Kind.CONFLICT, null, messageKey, arguments);
  }

  public static Refusal unavailable(String messageKey, Object... arguments) {
    return new Refusal(Kind.UNAVAILABLE, null, messageKey, arguments);
  }

  /**
   * Names the input the refusal is about: {@code throw Refusal.conflict(..).onField("version")}.
   */
  public Refusal onField(String inputField) {
    this.field = inputField;
    return this;
  }

  public Kind kind() {
    return kind;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments == null ? new Object[0] : arguments.clone();
  }

  /** The input the user has to correct, so a page can show the message next to it; may be null. */
  public String field() {
    return field;
  }

  /** The problems behind the refusal, each with where it is; none for a refusal of one input. */
  public List<Detail> details() {
    return List.of();
  }
}
