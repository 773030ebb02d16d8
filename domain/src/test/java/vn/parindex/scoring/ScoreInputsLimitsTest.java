package vn.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.parindex.scoring.ScoreAssertions.assertRejected;
import static vn.parindex.scoring.ScoreAssertions.d;
import static vn.parindex.scoring.ScoreAssertions.p;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The limits of what an office may enter, checked before any rule does arithmetic. */
class ScoreInputsLimitsTest {

  private static final Duration FAST = Duration.ofMillis(200);

  private static ScoreInputs counts(String achieved, String total) {
    return ScoreInputs.entered(null, null, null, d(achieved), d(total), null);
  }

  private static ScoreInputs violations(String violations) {
    return ScoreInputs.entered(null, null, null, null, null, d(violations));
  }

  private static ScoreInputs points(String points) {
    return ScoreInputs.entered(d(points), null, null, null, null, null);
  }

  @Test
  void keepsValidCountsAsWholeNumbers() {
    ScoreInputs in = counts("3.000", "4");

    assertEquals(d("3"), in.achieved());
    assertEquals(0, in.achieved().scale());
    assertEquals(Integer.valueOf(2), violations("2.0").violations());
    assertEquals(d("1.50"), points("1.5").points());
  }

  @Test
  void refusesFractionalViolationsInsteadOfCuttingThem() {
    assertRejected(
        InputField.VIOLATIONS, InvalidScoreInputsException.NOT_WHOLE, () -> violations("1.5"));
  }

  @Test
  void refusesFractionalCounts() {
    assertRejected(
        InputField.ACHIEVED, InvalidScoreInputsException.NOT_WHOLE, () -> counts("2.5", "4"));
    assertRejected(
        InputField.TOTAL, InvalidScoreInputsException.NOT_WHOLE, () -> counts("2", "4.01"));
  }

  @Test
  void refusesMoreAchievedThanTheTotal() {
    assertRejected(
        InputField.ACHIEVED,
        InvalidScoreInputsException.ACHIEVED_ABOVE_TOTAL,
        () -> counts("5", "4"));
  }

  @Test
  void refusesCountsBeyondTheBoundAndNegativeOnes() {
    assertRejected(
        InputField.TOTAL, InvalidScoreInputsException.TOO_LARGE, () -> counts("1", "1000000001"));
    assertRejected(
        InputField.ACHIEVED, InvalidScoreInputsException.NEGATIVE, () -> counts("-1", "4"));
    assertRejected(
        InputField.VIOLATIONS,
        InvalidScoreInputsException.VIOLATIONS_NEGATIVE,
        () -> violations("-2"));
  }

  @Test
  void refusesPointsWithMoreThanTwoDecimalsOrBeyondTheBound() {
    assertRejected(
        InputField.POINTS, InvalidScoreInputsException.POINTS_TOO_PRECISE, () -> points("0.125"));
    assertRejected(
        InputField.POINTS, InvalidScoreInputsException.TOO_LARGE, () -> points("1000.01"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "1E+999999999",
        "-1E+999999999",
        "1E-999999999",
        "9.99999999999999999999999999999999999999999999999999E+2147483000",
        "123456789012345678901234567890123456789012345678901234567890"
      })
  void refusesHugeAndTinyNumbersAtOnceInEveryField(String huge) {
    BigDecimal value = new BigDecimal(huge);
    assertTimeoutPreemptively(
        FAST,
        () -> {
          for (InputField field :
              List.of(InputField.POINTS, InputField.ACHIEVED, InputField.VIOLATIONS)) {
            assertRejected(
                field,
                rejectionOf(field, value),
                () ->
                    ScoreInputs.entered(
                        field == InputField.POINTS ? value : null,
                        null,
                        null,
                        field == InputField.ACHIEVED ? value : null,
                        field == InputField.ACHIEVED ? BigDecimal.TEN : null,
                        field == InputField.VIOLATIONS ? value : null));
          }
        });
  }

  private static String rejectionOf(InputField field, BigDecimal value) {
    if (value.scale() > 0 && value.abs().compareTo(BigDecimal.ONE) < 0) {
      return field == InputField.POINTS
          ? InvalidScoreInputsException.POINTS_TOO_PRECISE
          : InvalidScoreInputsException.NOT_WHOLE;
    }
    return InvalidScoreInputsException.TOO_LARGE;
  }

  @Test
  void rulesRefuseHugeInputsBeforeAnyArithmetic() {
    BigDecimal huge = new BigDecimal("1E+999999999");
    BigDecimal tiny = new BigDecimal("1E-999999999");
    assertTimeoutPreemptively(
        FAST,
        () -> {
          assertRejected(
              InputField.POINTS,
              InvalidScoreInputsException.POINTS_TOO_PRECISE,
              () -> new ManualRule(d("0.25")).score(ScoreInputs.manual(tiny), p("2")));
          assertRejected(
              InputField.ACHIEVED,
              InvalidScoreInputsException.TOO_LARGE,
              () ->
                  new ProportionalRule(WhenNone.FULL).score(ScoreInputs.ratio(huge, huge), p("2")));
        });
  }

  @Test
  void checksWhatWasStoredTheSameWay() {
    assertRejected(
        InputField.VIOLATIONS,
        InvalidScoreInputsException.TOO_LARGE,
        () -> ScoreInputs.violations(Integer.MAX_VALUE).checked());
    assertEquals(ScoreInputs.ratio(d("3"), d("4")), ScoreInputs.ratio(d("3"), d("4")).checked());
  }
}
