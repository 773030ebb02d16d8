package vn.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.parindex.scoring.ScoreAssertions.assertRejected;
import static vn.parindex.scoring.ScoreAssertions.p;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Criterion 3.1 of the demo index: met or not, max 1.5. */
class BinaryRuleTest {

  private final BinaryRule rule = new BinaryRule();
  private final Points max = p("1.5");

  @Test
  void returnsMaxWhenRequirementIsMet() {
    assertEquals(p("1.5"), rule.score(ScoreInputs.binary(true), max));
  }

  @Test
  void returnsZeroWhenRequirementIsNotMet() {
    assertEquals(Points.ZERO, rule.score(ScoreInputs.binary(false), max));
  }

  @Test
  void rejectsAMissingAnswer() {
    assertRejected(
        InputField.MET,
        InvalidScoreInputsException.REQUIRED,
        () -> rule.score(ScoreInputs.NONE, max));
  }

  @Test
  void ignoresInputsOfOtherRuleTypes() {
    ScoreInputs inputs = new ScoreInputs(BigDecimal.ZERO, true, Timeliness.NOT_DONE, null, null, 9);

    assertEquals(max, rule.score(inputs, max));
  }
}
