package vn.parindex.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;
import static vn.parindex.catalogue.IndexFixture.DECISION_2024;
import static vn.parindex.catalogue.IndexFixture.c;
import static vn.parindex.catalogue.IndexFixture.codes;
import static vn.parindex.catalogue.IndexFixture.d;
import static vn.parindex.catalogue.IndexFixture.described;
import static vn.parindex.catalogue.IndexFixture.node;
import static vn.parindex.catalogue.IndexFixture.p;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.parindex.scoring.RuleType;

/** Publishing freezes a version; only a sound draft publishes. */
class PublishingTest {

  @Test
  void refusesToPublishAVersionWithProblemsAndListsThem() {
    IndexVersion draft = IndexFixture.soundDraft();
    node(draft, "1.5.1").changeMaxPoints(p("1.5"));
    node(draft, "2.1").clearRule();

    VersionNotPublishableException e =
        assertThrows(VersionNotPublishableException.class, draft::publish);

    assertEquals(
        List.of("1.5: version.parent.sum[1.5, 2, 2.5]", "2.1: version.rule.missing[2.1]"),
        described(e.problems()));
    assertEquals(draft.problems(), e.problems());
    assertEquals(VersionStatus.DRAFT, draft.status());
  }

  @Test
  void aRefusedDraftStaysEditableAndPublishesOnceRepaired() {
    IndexVersion draft = IndexFixture.soundDraft();
    node(draft, "2.1").clearRule();
    assertThrows(VersionNotPublishableException.class, draft::publish);

    node(draft, "2.1").defineRule(RuleDefinition.binary(), List.of());
    draft.publish();

    assertEquals(VersionStatus.PUBLISHED, draft.status());
  }

  @Test
  void refusesToPublishAnEmptyVersion() {
    VersionNotPublishableException e =
        assertThrows(
            VersionNotPublishableException.class, () -> IndexFixture.emptyDraft().publish());

    assertEquals(List.of(new VersionProblem(null, "version.empty")), e.problems());
  }

  @Test
  void aPublishedVersionIsNotPublishedAgain() {
    IndexVersion published = IndexFixture.published();

    VersionNotEditableException e =
        assertThrows(VersionNotEditableException.class, published::publish);

    assertEquals(VersionStatus.PUBLISHED, e.status());
    assertEquals(published.name(), e.versionName());
  }

  static Stream<Arguments> mutators() {
    return Stream.of(
        mutator(
            "describe",
            v -> v.describe("Tên mới", "commune", 2024, DECISION_2024, p("15"), p("10"), p("5"))),
        mutator(
            "addNode",
            v ->
                v.addNode(
                    c("2.3"),
                    NodeKind.CRITERION,
                    "Tiêu chí mới",
                    p("1"),
                    AssessmentMethod.SELF_ASSESSED)),
        mutator("removeNode", v -> v.removeNode(node(v, "1.5"))),
        mutator("moveNode", v -> v.moveNode(node(v, "1.6"), c("2.3"))),
        mutator("addBand", v -> v.addBand("Xuất sắc", d("14"))),
        mutator(
            "replaceBands", v -> v.replaceBands(List.of(new ClassificationBand("Đạt", d("0"))))),
        mutator("rename", v -> node(v, "1.1").rename("Tên khác")),
        mutator("changeMaxPoints", v -> node(v, "1.1").changeMaxPoints(p("3"))),
        mutator("changeMethod", v -> node(v, "1.1").changeMethod(AssessmentMethod.SURVEY)),
        mutator(
            "defineRule",
            v -> node(v, "1.1").defineRule(RuleDefinition.manual(d("0.5")), List.of())),
        mutator("clearRule", v -> node(v, "1.1").clearRule()),
        mutator("describeEvidence", v -> node(v, "1.1").describeEvidence("Kế hoạch năm")),
        mutator("continues(null)", v -> node(v, "1.1").continues(null)),
        mutator(
            "continues(other version)",
            v -> node(v, "1.1").continues(node(IndexFixture.soundDraft(), "1.1"))));
  }

  private static Arguments mutator(String name, Consumer<IndexVersion> change) {
    return Arguments.of(name, change);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutators")
  void everyMutatorIsRefusedOnAPublishedVersionAndChangesNothing(
      String name, Consumer<IndexVersion> change) {
    IndexVersion published = IndexFixture.published();
    List<String> codesBefore = codes(published);

    VersionNotEditableException e =
        assertThrows(VersionNotEditableException.class, () -> change.accept(published));

    assertEquals(VersionStatus.PUBLISHED, e.status());
    assertEquals("Bộ chỉ số thử nghiệm 2023", e.versionName());
    assertEquals(codesBefore, codes(published));
    assertEquals("Bộ chỉ số thử nghiệm 2023", published.name());
    assertEquals(3, published.bands().size());
    Criterion criterion = node(published, "1.1");
    assertEquals("Công tác tuyên truyền về CCHC", criterion.name());
    assertEquals(p("1"), criterion.maxPoints());
    assertEquals(AssessmentMethod.SELF_ASSESSED, criterion.method());
    assertEquals(RuleType.BINARY, criterion.rule().type());
    assertEquals(null, criterion.evidenceGuidance());
    assertEquals(List.of(), published.problems());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutators")
  void everyMutatorIsRefusedOnARetiredVersion(String name, Consumer<IndexVersion> change) {
    IndexVersion retired = IndexFixture.published();
    retired.retire();

    VersionNotEditableException e =
        assertThrows(VersionNotEditableException.class, () -> change.accept(retired));

    assertEquals(VersionStatus.RETIRED, e.status());
  }

  @Test
  void aPublishedVersionRetires() {
    IndexVersion published = IndexFixture.published();

    published.retire();

    assertEquals(VersionStatus.RETIRED, published.status());
    assertFalse(published.isDraft());
  }

  @Test
  void aDraftDoesNotRetire() {
    IndexVersion draft = IndexFixture.soundDraft();

    assertThrowsExactly(IllegalStateException.class, draft::retire);
    assertEquals(VersionStatus.DRAFT, draft.status());
  }

  @Test
  void aRetiredVersionDoesNotRetireAgain() {
    IndexVersion retired = IndexFixture.published();
    retired.retire();

    assertThrowsExactly(IllegalStateException.class, retired::retire);
    assertEquals(VersionStatus.RETIRED, retired.status());
  }

  @Test
  void aRetiredVersionIsNotPublishedAgain() {
    IndexVersion retired = IndexFixture.published();
    retired.retire();

    assertThrows(VersionNotEditableException.class, retired::publish);
    assertEquals(VersionStatus.RETIRED, retired.status());
  }

  @Test
  void bandsAreKeptFromTheHighestLowerBoundDownAndGiveTheBandOfATotal() {
    IndexVersion published = IndexFixture.published();

    assertEquals(
        List.of("Tốt", "Khá", "Yếu"),
        published.bands().stream().map(ClassificationBand::label).toList());
    assertEquals("Tốt", published.bandOf(p("12")).orElseThrow());
    assertEquals("Khá", published.bandOf(p("11.99")).orElseThrow());
    assertEquals("Yếu", published.bandOf(p("0")).orElseThrow());
  }
}
