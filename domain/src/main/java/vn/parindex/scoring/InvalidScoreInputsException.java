package vn.parindex.scoring;

import java.util.Locale;
import java.util.Objects;
import vn.parindex.kernel.RuleRefusal;

/**
 * The inputs an office entered cannot be scored by the criterion's rule: a value is missing,
 * negative, out of range, not a whole number where one is counted, or inconsistent with another.
 *
 * <p>It is a {@link RuleRefusal}: the API answers it with 400 and the input's name as {@code
 * field}. It carries no text for the user. It names the {@link #input() input} to flag and a {@link
 * #messageKey() message key} of the {@value #BUNDLE} bundle; the {@link #arguments() arguments}
 * fill its {@code {0}} placeholders. They are numbers, so that {@link java.text.MessageFormat}
 * writes them the way the reader's locale does ("0,25" in Vietnamese).
 */
public class InvalidScoreInputsException extends RuleRefusal {

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

  /** A counted amount (achieved, total, violations) has decimals. No arguments. */
  public static final String NOT_WHOLE = "score.count.notWhole";

  /** A value is beyond what any index can mean. Argument: the bound. */
  public static final String TOO_LARGE = "score.input.tooLarge";

  /** A typed score has more than two decimals. No arguments. */
  public static final String POINTS_TOO_PRECISE = "score.points.tooPrecise";

  /** More was achieved than there was in total. No arguments. */
  public static final String ACHIEVED_ABOVE_TOTAL = "score.ratio.achievedAboveTotal";

  private final InputField input;

  /**
   * Creates the exception for one field.
   *
   * @param field the input that is wrong
   * @param messageKey one of the keys declared on this class
   * @param arguments the values of the message's placeholders, in order
   */
  public InvalidScoreInputsException(InputField field, String messageKey, Object... arguments) {
    super(
        Objects.requireNonNull(field, "field").name().toLowerCase(Locale.ROOT),
        messageKey,
        arguments);
    this.input = field;
  }

  static InvalidScoreInputsException required(InputField field) {
    return new InvalidScoreInputsException(field, REQUIRED);
  }

  static InvalidScoreInputsException negative(InputField field) {
    return new InvalidScoreInputsException(field, NEGATIVE);
  }

  /**
   * Returns the input the user has to correct; {@link #field()} is its name as the API and the form
   * spell it ({@code "achieved"}).
   */
  public InputField input() {
    return input;
  }
}
