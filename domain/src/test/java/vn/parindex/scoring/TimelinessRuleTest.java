package vn.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.parindex.scoring.ScoreAssertions.assertRejected;
import static vn.parindex.scoring.ScoreAssertions.d;
import static vn.parindex.scoring.ScoreAssertions.p;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Criteria 1.1, 1.4, 5.2.1 of the demo index: on time 1.0, late 0.5, not done 0. */
class TimelinessRuleTest {

  private final TimelinessRule rule = new TimelinessRule(d("1.0"), d("0.5"));

  @Test
  void returnsMaxWhenReportIsOnTime() {
    assertEquals(p("1"), rule.score(ScoreInputs.timeliness(Timeliness.ON_TIME), p("1")));
  }

  @Test
  void returnsHalfPointsWhenReportIsLate() {
    assertEquals(p("0.5"), rule.score(ScoreInputs.timeliness(Timeliness.LATE), p("1")));
  }

  @Test
  void returnsZeroWhenReportIsNotDone() {
    assertEquals(Points.ZERO, rule.score(ScoreInputs.timeliness(Timeliness.NOT_DONE), p("1")));
  }

  @ParameterizedTest(name = "max {0}: on time {1}, late {2}")
  @CsvSource({"0.5, 0.50, 0.25", "1.5, 1.50, 0.75", "0.25, 0.25, 0.13"})
  void scalesWithTheMaxAndRoundsHalfUp(String max, String onTime, String late) {
    assertEquals(p(onTime), rule.score(ScoreInputs.timeliness(Timeliness.ON_TIME), p(max)));
    assertEquals(p(late), rule.score(ScoreInputs.timeliness(Timeliness.LATE), p(max)));
  }

  @Test
  void rejectsAMissingTimeliness() {
    assertRejected(
        InputField.TIMELINESS,
        InvalidScoreInputsException.REQUIRED,
        () -> rule.score(ScoreInputs.NONE, p("1")));
  }

  @ParameterizedTest(name = "on time {0}, late {1}")
  @CsvSource({"1.01, 0.5", "1, -0.5", "-0.1, 0"})
  void refusesFractionsOutsideZeroToOne(String onTime, String late) {
    assertThrows(IllegalArgumentException.class, () -> new TimelinessRule(d(onTime), d(late)));
  }
}
