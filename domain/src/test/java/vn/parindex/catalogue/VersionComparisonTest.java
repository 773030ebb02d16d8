package vn.parindex.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.catalogue.IndexFixture.DECISION_2024;
import static vn.parindex.catalogue.IndexFixture.c;
import static vn.parindex.catalogue.IndexFixture.codes;
import static vn.parindex.catalogue.IndexFixture.d;
import static vn.parindex.catalogue.IndexFixture.node;
import static vn.parindex.catalogue.IndexFixture.p;
import static vn.parindex.catalogue.IndexFixture.tier;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.parindex.scoring.WhenNone;

/** What changed from one version to another, criterion by criterion. */
class VersionComparisonTest {

  private IndexVersion original;
  private IndexVersion revision;

  @BeforeEach
  void revise() {
    original = IndexFixture.published();
    revision = original.revise("Bộ chỉ số thử nghiệm 2024", DECISION_2024);
  }

  /** The kinds of each line, by the code that names it; REMOVED lines are keyed "-code". */
  private static Map<String, Set<ChangeKind>> kindsByCode(List<CriterionChange> changes) {
    Map<String, Set<ChangeKind>> kinds = new LinkedHashMap<>();
    for (CriterionChange change : changes) {
      String key = change.after() == null ? "-" + change.code() : change.code();
      kinds.put(key, change.kinds());
    }
    return kinds;
  }

  private static Map<String, Set<ChangeKind>> changedOnly(List<CriterionChange> changes) {
    Map<String, Set<ChangeKind>> changed = new LinkedHashMap<>(kindsByCode(changes));
    changed.values().removeIf(Set::isEmpty);
    return changed;
  }

  private static CriterionChange line(List<CriterionChange> changes, String code) {
    return changes.stream()
        .filter(ch -> ch.code().equals(code) && ch.after() != null)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line " + code));
  }

  @Test
  void anUntouchedRevisionHasOneUnchangedLinePerNode() {
    List<CriterionChange> changes = VersionComparison.compare(original, revision);

    assertEquals(codes(revision), changes.stream().map(CriterionChange::code).toList());
    for (CriterionChange change : changes) {
      assertTrue(change.unchanged(), change.code());
      assertEquals(Set.of(), change.kinds());
      assertSame(change.after().predecessor().orElseThrow(), change.before());
      assertEquals(change.beforeCode(), change.afterCode());
    }
  }

  @Test
  void aNewComponentIsAdded() {
    node(revision, "1.5.2").changeMaxPoints(p("0.5"));
    revision
        .addNode(
            c("1.5.3"),
            NodeKind.COMPONENT,
            "Công khai kết quả kiểm tra",
            p("0.5"),
            AssessmentMethod.SELF_ASSESSED)
        .defineRule(RuleDefinition.binary(), List.of());

    List<CriterionChange> changes = VersionComparison.compare(original, revision);

    assertEquals(
        Map.of("1.5.2", EnumSet.of(ChangeKind.MAX_CHANGED), "1.5.3", EnumSet.of(ChangeKind.ADDED)),
        changedOnly(changes));
    CriterionChange added = line(changes, "1.5.3");
    assertNull(added.before());
    assertNull(added.beforeCode());
    assertNull(added.beforeMax());
    assertEquals(p("0.5"), added.afterMax());
    assertEquals(List.of(), revision.problems());
  }

  @Test
  void aRemovedCriterionIsListedAfterTheNewVersionsNodes() {
    revision.removeNode(node(revision, "1.6"));

    List<CriterionChange> changes = VersionComparison.compare(original, revision);

    CriterionChange removed = changes.get(changes.size() - 1);
    assertEquals(EnumSet.of(ChangeKind.REMOVED), removed.kinds());
    assertSame(node(original, "1.6"), removed.before());
    assertNull(removed.after());
    assertNull(removed.afterCode());
    assertNull(removed.afterMax());
    assertEquals("1.6", removed.code());
    assertEquals(p("1"), removed.beforeMax());
    assertEquals(Map.of("-1.6", EnumSet.of(ChangeKind.REMOVED)), changedOnly(changes));
  }

  @Test
  void aRemovedCriterionTakesItsComponentsWithIt() {
    revision.removeNode(node(revision, "1.5"));

    assertEquals(
        Map.of(
            "-1.5", EnumSet.of(ChangeKind.REMOVED),
            "-1.5.1", EnumSet.of(ChangeKind.REMOVED),
            "-1.5.2", EnumSet.of(ChangeKind.REMOVED)),
        changedOnly(VersionComparison.compare(original, revision)));
  }

  @Test
  void aNewNameIsARenaming() {
    node(revision, "1.1").rename("Tuyên truyền, phổ biến về CCHC");

    assertEquals(
        Map.of("1.1", EnumSet.of(ChangeKind.RENAMED)),
        changedOnly(VersionComparison.compare(original, revision)));
  }

  @Test
  void aNewMaximumIsAMaxChangeAndShowsBothMaximums() {
    node(revision, "2.2").changeMaxPoints(p("3"));

    List<CriterionChange> changes = VersionComparison.compare(original, revision);

    assertEquals(Map.of("2.2", EnumSet.of(ChangeKind.MAX_CHANGED)), changedOnly(changes));
    assertEquals(p("2"), line(changes, "2.2").beforeMax());
    assertEquals(p("3"), line(changes, "2.2").afterMax());
  }

  @Test
  void differentTierPointsAreARuleChange() {
    node(revision, "1.2")
        .defineRule(
            RuleDefinition.ratioTiers(WhenNone.ZERO),
            List.of(tier("1.0", "2"), tier("0.8", "1.5"), tier("0", "0")));

    assertEquals(
        Map.of("1.2", EnumSet.of(ChangeKind.RULE_CHANGED)),
        changedOnly(VersionComparison.compare(original, revision)));
  }

  @Test
  void anotherTierIsARuleChange() {
    node(revision, "1.2")
        .defineRule(
            RuleDefinition.ratioTiers(WhenNone.ZERO),
            List.of(tier("1.0", "2"), tier("0.9", "1.5"), tier("0.8", "1"), tier("0", "0")));

    assertEquals(
        Map.of("1.2", EnumSet.of(ChangeKind.RULE_CHANGED)),
        changedOnly(VersionComparison.compare(original, revision)));
  }

  @Test
  void anotherRuleTypeIsARuleChange() {
    node(revision, "1.1").defineRule(RuleDefinition.timeliness(d("1"), d("0.5")), List.of());
    node(revision, "1.5.2").defineRule(RuleDefinition.proportional(WhenNone.ZERO), List.of());

    assertEquals(
        Map.of(
            "1.1", EnumSet.of(ChangeKind.RULE_CHANGED),
            "1.5.2", EnumSet.of(ChangeKind.RULE_CHANGED)),
        changedOnly(VersionComparison.compare(original, revision)));
  }

  @Test
  void theSameRuleWrittenWithOtherTrailingZerosIsNoChange() {
    node(revision, "2.1").defineRule(RuleDefinition.timeliness(d("1.00"), d("0.50")), List.of());
    node(revision, "2.2").defineRule(RuleDefinition.deduction(d("0.50")), List.of());
    node(revision, "1.6").defineRule(RuleDefinition.manual(d("0.250")), List.of());
    node(revision, "1.2")
        .defineRule(
            RuleDefinition.ratioTiers(WhenNone.ZERO),
            List.of(tier("1.00", "2.00"), tier("0.80", "1.0"), tier("0.0", "0.00")));
    node(revision, "2.2").changeMaxPoints(p("2.00"));

    assertEquals(Map.of(), changedOnly(VersionComparison.compare(original, revision)));
  }

  @Test
  void aRecodedCriterionIsMovedAndSoAreItsComponents() {
    revision.moveNode(node(revision, "1.5"), c("2.3"));

    List<CriterionChange> changes = VersionComparison.compare(original, revision);

    assertEquals(
        Map.of(
            "2.3", EnumSet.of(ChangeKind.MOVED),
            "2.3.1", EnumSet.of(ChangeKind.MOVED),
            "2.3.2", EnumSet.of(ChangeKind.MOVED)),
        changedOnly(changes));
    CriterionChange moved = line(changes, "2.3");
    assertEquals("1.5", moved.beforeCode());
    assertEquals("2.3", moved.afterCode());
    assertSame(node(original, "1.5"), moved.before());
    assertEquals("1.5.1", line(changes, "2.3.1").beforeCode());
  }

  @Test
  void severalChangesOfOneCriterionAreAllReported() {
    Criterion criterion = node(revision, "1.6");
    criterion.rename("Sáng kiến CCHC được công nhận");
    criterion.changeMaxPoints(p("2"));
    criterion.defineRule(RuleDefinition.binary(), List.of());
    revision.moveNode(criterion, c("2.3"));

    assertEquals(
        Map.of(
            "2.3",
            EnumSet.of(
                ChangeKind.RENAMED,
                ChangeKind.MAX_CHANGED,
                ChangeKind.RULE_CHANGED,
                ChangeKind.MOVED)),
        changedOnly(VersionComparison.compare(original, revision)));
  }

  @Test
  void aNodeReLinkedAsNewIsAddedAndTheOldOneWithItsCodeRemoved() {
    node(revision, "1.1").continues(null);

    List<CriterionChange> changes = VersionComparison.compare(original, revision);

    assertEquals(
        Map.of("1.1", EnumSet.of(ChangeKind.ADDED), "-1.1", EnumSet.of(ChangeKind.REMOVED)),
        changedOnly(changes));
    assertSame(node(original, "1.1"), changes.get(changes.size() - 1).before());
    assertNull(line(changes, "1.1").before());
  }

  @Test
  void aNodeReLinkedToAnotherCriterionIsComparedWithThatOne() {
    node(revision, "1.6").continues(node(original, "1.1"));
    node(revision, "1.1").continues(null);

    List<CriterionChange> changes = VersionComparison.compare(original, revision);

    CriterionChange relinked = line(changes, "1.6");
    assertSame(node(original, "1.1"), relinked.before());
    assertEquals(
        EnumSet.of(ChangeKind.RENAMED, ChangeKind.RULE_CHANGED, ChangeKind.MOVED),
        relinked.kinds());
    assertEquals(EnumSet.of(ChangeKind.REMOVED), changes.get(changes.size() - 1).kinds());
    assertEquals("1.6", changes.get(changes.size() - 1).beforeCode());
  }

  @Test
  void aRevisionOfARevisionIsComparedThroughItsLinksToTheFirst() {
    node(revision, "1.1").rename("Tuyên truyền về CCHC");
    revision.publish();
    IndexVersion third = revision.revise("Bộ chỉ số thử nghiệm 2025", DECISION_2024);
    third.moveNode(node(third, "1.6"), c("2.3"));

    assertEquals(
        Map.of("1.1", EnumSet.of(ChangeKind.RENAMED), "2.3", EnumSet.of(ChangeKind.MOVED)),
        changedOnly(VersionComparison.compare(original, third)));
  }

  @Test
  void betweenUnrelatedVersionsNodesAreMatchedByCode() {
    IndexVersion other = IndexFixture.soundDraft();
    node(other, "1.1").rename("Tuyên truyền về CCHC");
    other.removeNode(node(other, "1.6"));
    other
        .addNode(c("2.3"), NodeKind.CRITERION, "Mới", p("1"), AssessmentMethod.SELF_ASSESSED)
        .defineRule(RuleDefinition.binary(), List.of());

    List<CriterionChange> changes = VersionComparison.compare(original, other);

    assertEquals(
        Map.of(
            "1.1", EnumSet.of(ChangeKind.RENAMED),
            "2.3", EnumSet.of(ChangeKind.ADDED),
            "-1.6", EnumSet.of(ChangeKind.REMOVED)),
        changedOnly(changes));
    assertSame(node(original, "1.2"), line(changes, "1.2").before());
  }

  @Test
  void betweenUnrelatedVersionsARecodedCriterionIsRemovedAndAdded() {
    IndexVersion other = IndexFixture.soundDraft();
    other.moveNode(node(other, "1.6"), c("2.3"));

    assertEquals(
        Map.of("2.3", EnumSet.of(ChangeKind.ADDED), "-1.6", EnumSet.of(ChangeKind.REMOVED)),
        changedOnly(VersionComparison.compare(original, other)));
  }

  @Test
  void sameRuleAndScoresLikeCompareDecimalsByValue() {
    IndexVersion other = IndexFixture.soundDraft();
    Criterion half = node(original, "2.2");
    Criterion halfWithZero = node(other, "2.2");
    halfWithZero.defineRule(RuleDefinition.deduction(d("0.50")), List.of());
    halfWithZero.changeMaxPoints(p("2.00"));

    assertTrue(half.sameRuleAs(halfWithZero));
    assertTrue(halfWithZero.sameRuleAs(half));
    assertTrue(half.scoresLike(halfWithZero));
  }

  @Test
  void aCriterionWithAnotherMaximumHasTheSameRuleButDoesNotScoreLikeIt() {
    IndexVersion other = IndexFixture.soundDraft();
    node(other, "2.2").changeMaxPoints(p("3"));

    assertTrue(node(original, "2.2").sameRuleAs(node(other, "2.2")));
    assertFalse(node(original, "2.2").scoresLike(node(other, "2.2")));
  }

  @Test
  void rulesDifferingInOneParameterAreNotTheSame() {
    IndexVersion other = IndexFixture.soundDraft();
    node(other, "1.5.2").defineRule(RuleDefinition.proportional(WhenNone.ZERO), List.of());
    node(other, "2.1").defineRule(RuleDefinition.timeliness(d("1"), d("0.75")), List.of());

    assertFalse(node(original, "1.5.2").sameRuleAs(node(other, "1.5.2")));
    assertFalse(node(original, "2.1").sameRuleAs(node(other, "2.1")));
    assertFalse(node(original, "2.1").scoresLike(node(other, "2.1")));
  }

  @Test
  void nodesWithoutRulesHaveTheSameRuleAndARuleDiffersFromNone() {
    IndexVersion other = IndexFixture.soundDraft();
    node(other, "1.1").clearRule();

    assertTrue(node(original, "1.5").sameRuleAs(node(other, "1.5")));
    assertTrue(node(original, "S.1").scoresLike(node(other, "S.1")));
    assertFalse(node(original, "1.1").sameRuleAs(node(other, "1.1")));
    assertFalse(node(other, "1.1").sameRuleAs(node(original, "1.1")));
  }
}
