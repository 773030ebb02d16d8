package vn.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.parindex.scoring.ScoreAssertions.assertRejected;
import static vn.parindex.scoring.ScoreAssertions.d;
import static vn.parindex.scoring.ScoreAssertions.p;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Criterion 1.7 of the demo index: innovation, max 2, typed in steps of 0.25. */
class ManualRuleTest {

  private final ManualRule rule = new ManualRule(d("0.25"));
  private final Points max = p("2");

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"0", "0.25", "1.25", "1.750", "2", "2.00"})
  void acceptsEveryStepFromZeroToMax(String typed) {
    assertEquals(p(typed), rule.score(ScoreInputs.manual(d(typed)), max));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1.3", "0.1", "0.01"})
  void rejectsAScoreBetweenTwoStepsInsteadOfRoundingIt(String typed) {
    InvalidScoreInputsException e =
        assertRejected(
            InputField.POINTS,
            InvalidScoreInputsException.POINTS_NOT_MULTIPLE_OF_STEP,
            () -> rule.score(ScoreInputs.manual(d(typed)), max));

    assertArrayEquals(new Object[] {d("0.25")}, e.arguments());
  }

  @Test
  void rejectsAScoreWithMoreThanTwoDecimalsBeforeComparingItToTheSteps() {
    assertRejected(
        InputField.POINTS,
        InvalidScoreInputsException.POINTS_TOO_PRECISE,
        () -> rule.score(ScoreInputs.manual(d("1.255")), max));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"-0.25", "2.25", "-0.01", "100"})
  void rejectsAScoreOutsideZeroToMaxInsteadOfClampingIt(String typed) {
    InvalidScoreInputsException e =
        assertRejected(
            InputField.POINTS,
            InvalidScoreInputsException.POINTS_OUT_OF_RANGE,
            () -> rule.score(ScoreInputs.manual(d(typed)), max));

    assertArrayEquals(new Object[] {max.toBigDecimal()}, e.arguments());
  }

  @Test
  void rejectsAMissingScore() {
    assertRejected(
        InputField.POINTS,
        InvalidScoreInputsException.REQUIRED,
        () -> rule.score(ScoreInputs.NONE, max));
  }

  @Test
  void acceptsWholeStepsOfOneAgainstAFractionalMax() {
    ManualRule wholePoints = new ManualRule(d("1"));

    assertEquals(p("1"), wholePoints.score(ScoreInputs.manual(d("1")), p("1.5")));
    assertRejected(
        InputField.POINTS,
        InvalidScoreInputsException.POINTS_NOT_MULTIPLE_OF_STEP,
        () -> wholePoints.score(ScoreInputs.manual(d("1.5")), p("1.5")));
  }

  @ParameterizedTest(name = "step {0}")
  @ValueSource(strings = {"0", "-0.25", "0.125"})
  void refusesAStepThatIsNotPositiveOrFinerThanAHundredth(String step) {
    assertThrows(IllegalArgumentException.class, () -> new ManualRule(d(step)));
  }

  @Test
  void isOfTypeManual() {
    assertEquals(RuleType.MANUAL, rule.type());
  }
}
