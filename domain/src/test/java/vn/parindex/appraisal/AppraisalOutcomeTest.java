package vn.parindex.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.parindex.scoring.Points;

/** A criterion ends with the latest round's decision, or the unit's own score if none decided. */
class AppraisalOutcomeTest {
  private static Optional<Points> decided(String points) {
    return Optional.of(Points.of(points));
  }

  @Test
  void keepsTheUnitsScoreWhenNoRoundDecided() {
    AppraisalOutcome outcome =
        new AppraisalOutcome(Points.of("2"), List.of(Optional.empty(), Optional.empty()));
    assertEquals(Points.of("2"), outcome.finalPoints());
    assertFalse(outcome.changed());
    assertEquals(0, outcome.difference().signum());
  }

  @Test
  void endsWithTheLatestRoundThatDecided() {
    AppraisalOutcome outcome =
        new AppraisalOutcome(Points.of("2"), List.of(decided("1"), Optional.empty()));
    assertEquals(Points.of("1"), outcome.finalPoints());
    assertTrue(outcome.changed());
    assertEquals(0, new BigDecimal("-1").compareTo(outcome.difference()));
  }

  @Test
  void aLaterRoundMayGiveBackThePointsAfterAnExplanation() {
    AppraisalOutcome outcome =
        new AppraisalOutcome(Points.of("2"), List.of(decided("1"), decided("2")));
    assertEquals(Points.of("2"), outcome.finalPoints());
    assertFalse(outcome.changed());
    assertEquals(Points.of("1"), outcome.after(1));
    assertEquals(Points.of("2"), outcome.after(2));
    assertEquals(Points.of("2"), outcome.after(0));
    assertEquals(Points.of("2"), outcome.after(5));
  }
}
