package vn.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.parindex.scoring.ScoreAssertions.assertRejected;
import static vn.parindex.scoring.ScoreAssertions.d;
import static vn.parindex.scoring.ScoreAssertions.p;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProportionalRuleTest {

  /** 1.6, 3.3, 5.2.2 of the demo index. */
  private final ProportionalRule whenNoneFull = new ProportionalRule(WhenNone.FULL);

  /** 7.4.2, 8.1 of the demo index. */
  private final ProportionalRule whenNoneZero = new ProportionalRule(WhenNone.ZERO);

  @ParameterizedTest(name = "max {0} * {1}/{2} = {3}")
  @CsvSource({
    "1.5, 1, 3, 0.50",
    "1, 2, 3, 0.67",
    "0.5, 1, 8, 0.06",
    "1, 1, 8, 0.13",
    "1, 1, 200, 0.01",
    "1.5, 1, 300, 0.01",
    "2, 1, 2, 1.00",
    "2, 0, 7, 0.00",
    "1.5, 199, 200, 1.49"
  })
  void givesMaxTimesTheRatioRoundedHalfUpOnlyAtTheEnd(
      String max, String achieved, String total, String points) {
    assertEquals(p(points), whenNoneFull.score(ScoreInputs.ratio(d(achieved), d(total)), p(max)));
  }

  @Test
  void givesMaxWhenEverythingIsAchieved() {
    assertEquals(p("2"), whenNoneFull.score(ScoreInputs.ratio(d("40"), d("40")), p("2")));
  }

  @Test
  void refusesMoreAchievedThanTheTotalInsteadOfCappingIt() {
    // 8.1: a target over-fulfilled is entered as fulfilled; the explanation tells by how much.
    assertRejected(
        InputField.ACHIEVED,
        InvalidScoreInputsException.ACHIEVED_ABOVE_TOTAL,
        () -> whenNoneZero.score(ScoreInputs.ratio(d("131"), d("100")), p("2")));
  }

  @Test
  void refusesAFractionalCount() {
    assertRejected(
        InputField.ACHIEVED,
        InvalidScoreInputsException.NOT_WHOLE,
        () -> whenNoneZero.score(ScoreInputs.ratio(d("130.5"), d("200")), p("2")));
  }

  @Test
  void givesMaxWhenNothingHappenedAndWhenNoneIsFull() {
    assertEquals(p("1.5"), whenNoneFull.score(ScoreInputs.ratio(d("0"), d("0")), p("1.5")));
  }

  @Test
  void givesZeroWhenNothingHappenedAndWhenNoneIsZero() {
    assertEquals(Points.ZERO, whenNoneZero.score(ScoreInputs.ratio(d("0"), d("0")), p("1")));
  }

  @Test
  void rejectsSomethingAchievedOutOfATotalOfZero() {
    assertRejected(
        InputField.TOTAL,
        InvalidScoreInputsException.ACHIEVED_WITHOUT_TOTAL,
        () -> whenNoneFull.score(ScoreInputs.ratio(d("1"), d("0")), p("1")));
  }

  @Test
  void rejectsANegativeAchievedAmount() {
    assertRejected(
        InputField.ACHIEVED,
        InvalidScoreInputsException.NEGATIVE,
        () -> whenNoneFull.score(ScoreInputs.ratio(d("-3"), d("10")), p("1")));
  }

  @Test
  void rejectsAMissingTotal() {
    assertRejected(
        InputField.TOTAL,
        InvalidScoreInputsException.REQUIRED,
        () -> whenNoneZero.score(ScoreInputs.ratio(d("3"), null), p("1")));
  }
}
