package vn.parindex.catalogue.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import vn.parindex.catalogue.ClassificationBand;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.catalogue.RuleDefinition;
import vn.parindex.catalogue.ScoringTier;

/** Compares two versions field by field, decimals by value, naming the node that differs. */
final class VersionAssertions {
  private VersionAssertions() {}

  static void assertSameVersion(IndexVersion expected, IndexVersion actual) {
    assertEquals(expected.name(), actual.name(), "name");
    assertEquals(expected.unitLevel(), actual.unitLevel(), "unit level");
    assertEquals(expected.year(), actual.year(), "year");
    assertEquals(expected.decision().number(), actual.decision().number(), "decision number");
    assertEquals(expected.decision().date(), actual.decision().date(), "decision date");
    assertEquals(expected.decision().issuer(), actual.decision().issuer(), "decision issuer");
    assertEquals(expected.totalMax(), actual.totalMax(), "total max");
    assertEquals(expected.selfAssessedMax(), actual.selfAssessedMax(), "self-assessed max");
    assertEquals(expected.surveyMax(), actual.surveyMax(), "survey max");
    assertEquals(expected.illustrative(), actual.illustrative(), "illustrative");
    assertEquals(expected.totalBounded(), actual.totalBounded(), "total bounded");
    assertEquals(expected.bandScale(), actual.bandScale(), "band scale");
    assertBands(expected.bands(), actual.bands());
    List<Criterion> expectedNodes = expected.nodes();
    List<Criterion> actualNodes = actual.nodes();
    assertEquals(
        expectedNodes.stream().map(n -> n.code().toString()).toList(),
        actualNodes.stream().map(n -> n.code().toString()).toList(),
        "codes in tree order");
    for (int i = 0; i < expectedNodes.size(); i++) {
      assertSameNode(expectedNodes.get(i), actualNodes.get(i));
    }
  }

  private static void assertBands(
      List<ClassificationBand> expected, List<ClassificationBand> actual) {
    assertEquals(expected.size(), actual.size(), "bands");
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i).label(), actual.get(i).label(), "band " + i);
      assertSameValue(expected.get(i).minTotal(), actual.get(i).minTotal(), "band min " + i);
    }
  }

  private static void assertSameNode(Criterion expected, Criterion actual) {
    String code = expected.code().toString();
    assertEquals(expected.kind(), actual.kind(), code + " kind");
    assertEquals(expected.name(), actual.name(), code + " name");
    assertEquals(expected.nameInferred(), actual.nameInferred(), code + " name inferred");
    assertEquals(expected.maxPoints(), actual.maxPoints(), code + " max");
    assertEquals(expected.method(), actual.method(), code + " method");
    assertEquals(expected.evidenceGuidance(), actual.evidenceGuidance(), code + " evidence");
    assertEquals(expected.dueDate(), actual.dueDate(), code + " due date");
    assertSameRule(code, expected.rule(), actual.rule());
    assertSameTiers(code, expected.tiers(), actual.tiers());
    assertEquals(
        expected.parent().map(p -> p.code().toString()),
        actual.parent().map(p -> p.code().toString()),
        code + " parent");
  }

  private static void assertSameRule(String code, RuleDefinition expected, RuleDefinition actual) {
    boolean expectedNone = expected == null || expected.type() == null;
    boolean actualNone = actual == null || actual.type() == null;
    assertEquals(expectedNone, actualNone, code + " has a rule");
    if (expectedNone) {
      return;
    }
    assertEquals(expected.type(), actual.type(), code + " rule type");
    assertSameValue(expected.step(), actual.step(), code + " step");
    assertSameValue(expected.onTime(), actual.onTime(), code + " on_time");
    assertSameValue(expected.late(), actual.late(), code + " late");
    assertEquals(expected.whenNone(), actual.whenNone(), code + " when_none");
    assertSameValue(expected.perItem(), actual.perItem(), code + " per_item");
  }

  private static void assertSameTiers(
      String code, List<ScoringTier> expected, List<ScoringTier> actual) {
    assertEquals(expected.size(), actual.size(), code + " tiers");
    for (int i = 0; i < expected.size(); i++) {
      assertSameValue(expected.get(i).minRatio(), actual.get(i).minRatio(), code + " tier min");
      assertSameValue(expected.get(i).points(), actual.get(i).points(), code + " tier points");
    }
  }

  static void assertSameValue(BigDecimal expected, BigDecimal actual, String what) {
    if (expected == null || actual == null) {
      assertEquals(expected, actual, what);
    } else {
      assertTrue(expected.compareTo(actual) == 0, what + ": " + expected + " <> " + actual);
    }
  }
}
