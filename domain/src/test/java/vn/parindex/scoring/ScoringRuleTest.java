package vn.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.parindex.scoring.ScoreAssertions.d;
import static vn.parindex.scoring.ScoreAssertions.p;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every rule type has in common. */
class ScoringRuleTest {

  static Stream<Arguments> oneRulePerType() {
    return Stream.of(
        Arguments.of(RuleType.MANUAL, new ManualRule(d("0.25"))),
        Arguments.of(RuleType.BINARY, new BinaryRule()),
        Arguments.of(RuleType.TIMELINESS, new TimelinessRule(d("1"), d("0.5"))),
        Arguments.of(
            RuleType.RATIO_TIERS,
            new RatioTiersRule(WhenNone.FULL, List.of(new Tier(d("0"), p("1"))))),
        Arguments.of(RuleType.PROPORTIONAL, new ProportionalRule(WhenNone.FULL)),
        Arguments.of(RuleType.DEDUCTION, new DeductionRule(p("0.5"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneRulePerType")
  void rejectsEmptyInputsNamingTheFirstInputOfItsType(RuleType type, ScoringRule rule) {
    assertEquals(type, rule.type());

    InvalidScoreInputsException e =
        assertThrows(InvalidScoreInputsException.class, () -> rule.score(ScoreInputs.NONE, p("1")));

    assertEquals(type.inputs().iterator().next(), e.input());
    assertEquals(InvalidScoreInputsException.REQUIRED, e.messageKey());
    assertEquals(0, e.arguments().length);
  }
}
