package vn.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.parindex.scoring.ScoreAssertions.assertRejected;
import static vn.parindex.scoring.ScoreAssertions.p;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Criterion 5.4 of the demo index: max 1.5, 0.5 deducted per violation. */
class DeductionRuleTest {

  private final DeductionRule rule = new DeductionRule(p("0.5"));
  private final Points max = p("1.5");

  @ParameterizedTest(name = "{0} violations earn {1}")
  @CsvSource({"0, 1.5", "1, 1.0", "2, 0.5", "3, 0", "4, 0", "1000, 0"})
  void deductsPerViolationDownToTheFloorOfZero(int violations, String points) {
    assertEquals(p(points), rule.score(ScoreInputs.violations(violations), max));
  }

  @Test
  void floorsAtZeroWhenTheLastDeductionOvershoots() {
    DeductionRule rule = new DeductionRule(p("0.75"));

    assertEquals(p("0.25"), rule.score(ScoreInputs.violations(1), p("1")));
    assertEquals(Points.ZERO, rule.score(ScoreInputs.violations(2), p("1")));
  }

  @Test
  void rejectsANegativeNumberOfViolations() {
    assertRejected(
        InputField.VIOLATIONS,
        InvalidScoreInputsException.VIOLATIONS_NEGATIVE,
        () -> rule.score(ScoreInputs.violations(-1), max));
  }

  @Test
  void rejectsAMissingNumberOfViolations() {
    assertRejected(
        InputField.VIOLATIONS,
        InvalidScoreInputsException.REQUIRED,
        () -> rule.score(ScoreInputs.NONE, max));
  }

  @Test
  void refusesADeductionOfZero() {
    assertThrows(IllegalArgumentException.class, () -> new DeductionRule(Points.ZERO));
  }
}
