package vn.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.scoring.ScoreAssertions.d;
import static vn.parindex.scoring.ScoreAssertions.p;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The translations of the message keys of {@link InvalidScoreInputsException}. */
class DomainMessagesTest {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        InvalidScoreInputsException.BUNDLE,
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String message(Locale locale, InvalidScoreInputsException e) {
    return new MessageFormat(bundle(locale).getString(e.messageKey()), locale)
        .format(e.arguments());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        InvalidScoreInputsException.REQUIRED,
        InvalidScoreInputsException.POINTS_OUT_OF_RANGE,
        InvalidScoreInputsException.POINTS_NOT_MULTIPLE_OF_STEP,
        InvalidScoreInputsException.NEGATIVE,
        InvalidScoreInputsException.ACHIEVED_WITHOUT_TOTAL,
        InvalidScoreInputsException.VIOLATIONS_NEGATIVE,
        InvalidScoreInputsException.NOT_WHOLE,
        InvalidScoreInputsException.TOO_LARGE,
        InvalidScoreInputsException.POINTS_TOO_PRECISE,
        InvalidScoreInputsException.ACHIEVED_ABOVE_TOTAL,
        vn.parindex.kernel.CleanText.FORBIDDEN_CHARACTER
      })
  void translatesEveryKeyWithVietnameseAsTheDefault(String key) {
    String vietnamese = bundle(VIETNAMESE).getString(key);

    assertEquals(vietnamese, bundle(Locale.ROOT).getString(key));
    assertTrue(bundle(Locale.ENGLISH).getString(key).matches("\\p{ASCII}+"), key);
    assertTrue(vietnamese.chars().anyMatch(ch -> ch > 127), "diacritics lost in " + key);
  }

  @Test
  void tellsTheRangeInVietnameseWithTheMaxWrittenTheVietnameseWay() {
    InvalidScoreInputsException e =
        ScoreAssertions.assertRejected(
            InputField.POINTS,
            InvalidScoreInputsException.POINTS_OUT_OF_RANGE,
            () -> new ManualRule(d("0.25")).score(ScoreInputs.manual(d("3")), p("1.5")));

    assertEquals("Điểm phải nằm trong khoảng từ 0 đến 1,5.", message(VIETNAMESE, e));
    assertEquals("The score must be between 0 and 1.5.", message(Locale.ENGLISH, e));
  }

  @Test
  void tellsTheStepInVietnamese() {
    InvalidScoreInputsException e =
        ScoreAssertions.assertRejected(
            InputField.POINTS,
            InvalidScoreInputsException.POINTS_NOT_MULTIPLE_OF_STEP,
            () -> new ManualRule(d("0.25")).score(ScoreInputs.manual(d("1.3")), p("2")));

    assertEquals("Điểm phải là bội số của 0,25.", message(VIETNAMESE, e));
  }
}
