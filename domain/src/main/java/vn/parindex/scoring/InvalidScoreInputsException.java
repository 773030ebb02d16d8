package vn.parindex.scoring;

import java.util.Arrays;
import java.util.Objects;

/**
 * The inputs an office entered cannot be scored by the criterion's rule: a value is missing,
 * negative, out of range, or inconsistent with another.
 *
 * <p>The exception carries no text for the user. It names the {@link #field() field} to flag and a
 * {@link #messageKey() message key} of the {@value #BUNDLE} bundle; the {@link #arguments()
 * arguments} fill its {@code {0}} placeholders. They are numbers, so that {@link
 * java.text.MessageFormat} writes them the way the reader's locale does ("0,25" in Vietnamese).
 */
public class InvalidScoreInputsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The base name of the resource bundle that translates the message keys. */
  public static final String BUNDLE = "vn.parindex.i18n.DomainMessages";

  /** A value the rule needs was not entered. No arguments. */
  public static final String REQUIRED = "score.input.required";

  /** A typed score is below 0 or above the max. Argument: the max. */
  public static final String POINTS_OUT_OF_RANGE = "score.points.outOfRange";

  /** A typed score is not a whole number of steps. Argument: the step. */
  public static final String POINTS_NOT_MULTIPLE_OF_STEP = "score.points.notMultipleOfStep";

  /** An achieved amount or a total is negative. No arguments. */
  public static final String NEGATIVE = "score.input.negative";

  /** Something was achieved while the total is 0, which no ratio can express. No arguments. */
  public static final String ACHIEVED_WITHOUT_TOTAL = "score.ratio.achievedWithoutTotal";

  /** The number of violations is negative. No arguments. */
  public static final String VIOLATIONS_NEGATIVE = "score.violations.negative";

  private final InputField field;
  private final String messageKey;
  private final Object[] arguments;

  /**
   * Creates the exception for one field.
   *
   * @param field the input that is wrong
   * @param messageKey one of the keys declared on this class
   * @param arguments the values of the message's placeholders, in order
   */
  public InvalidScoreInputsException(InputField field, String messageKey, Object... arguments) {
    super(messageKey + " (" + field + ") " + Arrays.toString(arguments));
    this.field = Objects.requireNonNull(field, "field");
    this.messageKey = Objects.requireNonNull(messageKey, "messageKey");
    this.arguments = arguments.clone();
  }

  static InvalidScoreInputsException required(InputField field) {
    return new InvalidScoreInputsException(field, REQUIRED);
  }

  static InvalidScoreInputsException negative(InputField field) {
    return new InvalidScoreInputsException(field, NEGATIVE);
  }

  /** Returns the input the user has to correct. */
  public InputField field() {
    return field;
  }

  /** Returns the key of the translated message in the {@value #BUNDLE} bundle. */
  public String messageKey() {
    return messageKey;
  }

  /** Returns a copy of the values of the message's placeholders. */
  public Object[] arguments() {
    return arguments.clone();
  }
}
