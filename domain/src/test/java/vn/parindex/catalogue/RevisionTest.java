package vn.parindex.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.catalogue.IndexFixture.DECISION_2024;
import static vn.parindex.catalogue.IndexFixture.c;
import static vn.parindex.catalogue.IndexFixture.codes;
import static vn.parindex.catalogue.IndexFixture.d;
import static vn.parindex.catalogue.IndexFixture.node;
import static vn.parindex.catalogue.IndexFixture.p;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.parindex.scoring.RuleType;

/** A revision starts as a draft copy of a published version, each node continuing its original. */
class RevisionTest {

  private IndexVersion original;

  @BeforeEach
  void publishTheOriginal() {
    original = IndexFixture.soundDraft();
    original.markIllustrative();
    node(original, "1.1").describeEvidence("  Kế hoạch tuyên truyền; báo cáo kết quả  ");
    node(original, "1.5").markNameInferred();
    original.publish();
  }

  private IndexVersion revise() {
    return original.revise("Bộ chỉ số thử nghiệm 2024", DECISION_2024);
  }

  private static List<String> tiersOf(Criterion node) {
    return node.tiers().stream()
        .map(
            t ->
                t.minRatio().stripTrailingZeros().toPlainString()
                    + "->"
                    + t.points().stripTrailingZeros().toPlainString())
        .toList();
  }

  @Test
  void aRevisionMayMoveTheIndexToAnotherLevelAndPeriod() {
    IndexVersion revision =
        original.revise("Bộ chỉ số cấp xã 2025–2030", DECISION_2024, "commune", 2025, 2030);
    assertEquals("commune", revision.unitLevel());
    assertEquals(2025, revision.year());
    assertEquals(2030, revision.periodUntil().orElseThrow());
    assertTrue(original.periodUntil().isEmpty());
    assertThrows(
        IllegalArgumentException.class,
        () -> original.revise("Sai", DECISION_2024, "commune", 2025, 2024));
  }

  @Test
  void aRevisionIsADraftOfTheNewDecisionRevisingTheOriginal() {
    IndexVersion revision = revise();

    assertEquals(VersionStatus.DRAFT, revision.status());
    assertSame(original, revision.predecessor().orElseThrow());
    assertSame(DECISION_2024, revision.decision());
    assertEquals("Bộ chỉ số thử nghiệm 2024", revision.name());
    assertEquals(2023, revision.year(), "an amendment keeps the index year of the original");
    assertEquals("district", revision.unitLevel());
    assertEquals(p("15"), revision.totalMax());
    assertEquals(p("10"), revision.selfAssessedMax());
    assertEquals(p("5"), revision.surveyMax());
    assertTrue(revision.illustrative());
    assertTrue(original.predecessor().isEmpty());
  }

  @Test
  void everyNodeOfARevisionContinuesTheNodeItWasCopiedFromWithTheSameTreeAndRules() {
    IndexVersion revision = revise();

    assertEquals(codes(original), codes(revision));
    for (Criterion before : original.nodes()) {
      Criterion after = node(revision, before.code().toString());
      String code = before.code().toString();
      assertNotSame(before, after, code);
      assertSame(revision, after.version(), code);
      assertSame(before, after.predecessor().orElseThrow(), code);
      assertEquals(before.kind(), after.kind(), code);
      assertEquals(before.name(), after.name(), code);
      assertEquals(before.nameInferred(), after.nameInferred(), code);
      assertEquals(before.maxPoints(), after.maxPoints(), code);
      assertEquals(before.method(), after.method(), code);
      assertEquals(before.position(), after.position(), code);
      assertEquals(before.evidenceGuidance(), after.evidenceGuidance(), code);
      assertEquals(tiersOf(before), tiersOf(after), code);
      assertTrue(after.scoresLike(before), code);
      assertEquals(
          before.scoringRule().map(r -> r.type()), after.scoringRule().map(r -> r.type()), code);
      assertEquals(before.parent().map(Criterion::code), after.parent().map(Criterion::code), code);
      after.parent().ifPresent(parent -> assertSame(revision, parent.version(), code));
    }
    assertEquals(
        "Kế hoạch tuyên truyền; báo cáo kết quả", node(revision, "1.1").evidenceGuidance());
    assertTrue(node(revision, "1.5").nameInferred());
    assertEquals(List.of("0.3->1", "0.2->0.5", "0->0"), tiersOf(node(revision, "1.5.1")));
    assertEquals(0, node(revision, "2.1").rule().late().compareTo(d("0.5")));
  }

  @Test
  void aRevisionKeepsTheClassificationBands() {
    IndexVersion revision = revise();

    assertEquals(
        original.bands().stream().map(b -> b.label() + "@" + b.minTotal()).toList(),
        revision.bands().stream().map(b -> b.label() + "@" + b.minTotal()).toList());
    assertEquals("Khá", revision.bandOf(p("9")).orElseThrow());
  }

  @Test
  void refusesToReviseADraft() {
    IndexVersion draft = IndexFixture.soundDraft();

    assertThrowsExactly(
        IllegalStateException.class, () -> draft.revise("Bản sửa đổi", DECISION_2024));
    assertEquals(VersionStatus.DRAFT, draft.status());
  }

  @Test
  void anUnchangedRevisionOfASoundVersionPublishes() {
    IndexVersion revision = revise();

    assertEquals(List.of(), revision.problems());
    revision.publish();

    assertEquals(VersionStatus.PUBLISHED, revision.status());
    assertEquals(VersionStatus.PUBLISHED, original.status());
  }

  @Test
  void aRevisionIsEditableAndEditingItLeavesTheOriginalUntouched() {
    List<String> originalCodes = codes(original);
    IndexVersion revision = revise();

    node(revision, "1.1").rename("Tuyên truyền, phổ biến về CCHC");
    node(revision, "1.1").describeEvidence("Chỉ báo cáo");
    node(revision, "1.2").changeMaxPoints(p("3"));
    node(revision, "1.6").defineRule(RuleDefinition.binary(), List.of());
    node(revision, "2.2").changeMethod(AssessmentMethod.SURVEY);
    revision.removeNode(node(revision, "1.5.2"));
    revision.moveNode(node(revision, "1.5"), c("2.3"));
    revision.addNode(
        c("2.4"), NodeKind.CRITERION, "Tiêu chí mới", p("1"), AssessmentMethod.SELF_ASSESSED);
    revision.replaceBands(List.of(new ClassificationBand("Đạt", d("7.5"))));
    revision.describe("Tên khác", "commune", 2025, DECISION_2024, p("16"), p("11"), p("5"));

    assertEquals(originalCodes, codes(original));
    assertEquals("Công tác tuyên truyền về CCHC", node(original, "1.1").name());
    assertEquals(
        "Kế hoạch tuyên truyền; báo cáo kết quả", node(original, "1.1").evidenceGuidance());
    assertEquals(p("2"), node(original, "1.2").maxPoints());
    assertEquals(RuleType.MANUAL, node(original, "1.6").rule().type());
    assertEquals(AssessmentMethod.SELF_ASSESSED, node(original, "2.2").method());
    assertEquals("1", node(original, "1.5").parent().orElseThrow().code().toString());
    assertSame(original, node(original, "1.5").parent().orElseThrow().version());
    assertEquals(NodeKind.CRITERION, node(original, "1.5").kind());
    assertEquals(3, original.bands().size());
    assertEquals("Bộ chỉ số thử nghiệm 2023", original.name());
    assertEquals(2023, original.year());
    assertEquals(p("15"), original.totalMax());
    assertEquals(VersionStatus.PUBLISHED, original.status());
    assertEquals(List.of(), original.problems());
  }

  @Test
  void aRevisionOfARevisionContinuesTheRevision() {
    IndexVersion second = revise();
    second.publish();

    IndexVersion third = second.revise("Bộ chỉ số thử nghiệm 2025", DECISION_2024);

    assertSame(second, third.predecessor().orElseThrow());
    Criterion criterion = node(third, "1.5.1");
    assertSame(node(second, "1.5.1"), criterion.predecessor().orElseThrow());
    assertSame(
        node(original, "1.5.1"), criterion.predecessor().orElseThrow().predecessor().orElseThrow());
  }
}
