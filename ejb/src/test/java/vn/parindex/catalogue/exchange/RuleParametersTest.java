package vn.parindex.catalogue.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.parindex.catalogue.RuleDefinition;
import vn.parindex.catalogue.ScoringTier;
import vn.parindex.scoring.RuleType;
import vn.parindex.scoring.WhenNone;

/** The text of the "Tham số" column, written and read back. */
class RuleParametersTest {
  private static final CellRef AT = new CellRef("Tiêu chí", 7, "Tham số");

  private final ImportProblems problems = new ImportProblems();

  private RuleSpec build(RuleType type, String text) {
    Map<String, String> values = RuleParameters.split(text, problems, AT);
    return values == null ? null : RuleParameters.build(type, values, problems, AT).orElse(null);
  }

  private List<ImportProblem> reported() {
    return assertThrows(IndexImportException.class, problems::throwIfAny).problems();
  }

  private static List<String> tiers(RuleSpec rule) {
    return rule.tiers().stream()
        .map(t -> DecimalText.format(t.minRatio()) + ":" + DecimalText.format(t.points()))
        .toList();
  }

  @Test
  void writesEachRuleTheWayItIsRead() {
    List<ScoringTier> tiers =
        List.of(
            new ScoringTier(new BigDecimal("1.0000"), new BigDecimal("2.00")),
            new ScoringTier(new BigDecimal("0.8"), new BigDecimal("1")),
            new ScoringTier(BigDecimal.ZERO, BigDecimal.ZERO));

    assertEquals(
        "when_none=zero; tiers=1:2, 0.8:1, 0:0",
        RuleParameters.format(RuleDefinition.ratioTiers(WhenNone.ZERO), tiers));
    assertEquals(
        "step=0.25",
        RuleParameters.format(RuleDefinition.manual(new BigDecimal("0.25")), List.of()));
    assertEquals(
        "on_time=1; late=0.5",
        RuleParameters.format(
            RuleDefinition.timeliness(new BigDecimal("1.0"), new BigDecimal("0.50")), List.of()));
    assertEquals("", RuleParameters.format(RuleDefinition.binary(), List.of()));
    assertEquals(
        "when_none=full",
        RuleParameters.format(RuleDefinition.proportional(WhenNone.FULL), List.of()));
    assertEquals(
        "per_item=0.5",
        RuleParameters.format(RuleDefinition.deduction(new BigDecimal("0.5")), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "when_none=zero; tiers=1:2, 0.8:1, 0:0",
        "when_none=zero; tiers=1:2,0.8:1,0:0",
        "when_none=zero; tiers=1:2, 0,8:1, 0:0",
        "WHEN_NONE = Zero , tiers = 1 : 2 , 0.8 : 1 , 0 : 0",
        "when_none=zero; tiers=1:2, 0.8:1, 0:0;"
      })
  void readsTiersWithADecimalDotOrCommaAndAnySpacing(String text) {
    RuleSpec rule = build(RuleType.RATIO_TIERS, text);

    assertEquals(WhenNone.ZERO, rule.definition().whenNone());
    assertEquals(List.of("1:2", "0.8:1", "0:0"), tiers(rule));
  }

  @Test
  void readsTimelinessWithADecimalComma() {
    RuleSpec rule = build(RuleType.TIMELINESS, "on_time=1; late=0,5");

    assertEquals(0, new BigDecimal("0.5").compareTo(rule.definition().late()));
  }

  @Test
  void reportsEveryParameterMissingOrNotUsed() {
    assertNull(build(RuleType.TIMELINESS, "late=0.5; step=1"));

    assertEquals(
        List.of(
            new ImportProblem(
                "Tiêu chí", 7, "Tham số", "import.parameter.unknown", "timeliness", "step"),
            new ImportProblem(
                "Tiêu chí", 7, "Tham số", "import.parameter.missing", "timeliness", "on_time")),
        reported());
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "manual | step | import.parameter.syntax | step",
        "manual | step=0 | import.parameter.positive | step",
        "manual | step=abc | import.parameter.number | step",
        "timeliness | on_time=1; late=1.5 | import.parameter.fraction | late",
        "proportional | when_none=half | import.parameter.whenNone | half",
        "ratio_tiers | when_none=full; tiers=1:2, 0.8 | import.parameter.tier | 0.8",
        "deduction | per_item=0.5; per_item=1 | import.parameter.duplicate | per_item",
      })
  void reportsAnUnreadableParameter(String type, String text, String key, String argument) {
    assertNull(build(RuleType.fromCode(type), text));

    ImportProblem problem = reported().get(0);
    assertEquals(key, problem.messageKey());
    assertTrue(List.of(problem.arguments()).contains(argument), problem::toString);
  }

  @Test
  void takesNoParametersForABinaryRule() {
    RuleSpec rule = build(RuleType.BINARY, "");

    assertEquals(RuleType.BINARY, rule.definition().type());
    assertTrue(rule.tiers().isEmpty());
  }
}
