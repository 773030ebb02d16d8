package vn.parindex.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.catalogue.IndexFixture.c;
import static vn.parindex.catalogue.IndexFixture.codes;
import static vn.parindex.catalogue.IndexFixture.d;
import static vn.parindex.catalogue.IndexFixture.described;
import static vn.parindex.catalogue.IndexFixture.node;
import static vn.parindex.catalogue.IndexFixture.p;
import static vn.parindex.catalogue.IndexFixture.tier;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.scoring.Points;
import vn.parindex.scoring.RuleType;
import vn.parindex.scoring.WhenNone;

/** What keeps a version from being published, each problem reported on the node it concerns. */
class VersionCheckTest {

  private final IndexVersion draft = IndexFixture.soundDraft();

  private void describeTotals(IndexVersion v, String total, String selfAssessed, String survey) {
    v.describe(
        v.name(), v.unitLevel(), v.year(), v.decision(), p(total), p(selfAssessed), p(survey));
  }

  @Test
  void aSoundVersionHasNoProblemsAndPublishes() {
    assertEquals(List.of(), draft.problems());

    draft.publish();

    assertEquals(VersionStatus.PUBLISHED, draft.status());
    assertTrue(!draft.isDraft());
  }

  @Test
  void aSurveyLeafNeedsNoRule() {
    assertNull(node(draft, "S.1").rule());
    assertEquals(List.of(), draft.problems());
  }

  @Test
  void refusesToAddANodeWithACodeAlreadyTaken() {
    List<String> before = codes(draft);

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                draft.addNode(
                    c("1.5"),
                    NodeKind.CRITERION,
                    "Một tiêu chí khác",
                    p("1"),
                    AssessmentMethod.SELF_ASSESSED));

    assertTrue(e.getMessage().contains("1.5"), e.getMessage());
    assertEquals(before, codes(draft));
    assertEquals("Công tác kiểm tra CCHC", node(draft, "1.5").name());
  }

  @Test
  void refusesToAddANodeWhoseParentIsMissing() {
    List<String> before = codes(draft);

    assertThrows(
        IllegalArgumentException.class,
        () ->
            draft.addNode(
                c("3.1"), NodeKind.CRITERION, "Mồ côi", p("1"), AssessmentMethod.SELF_ASSESSED));

    assertEquals(before, codes(draft));
  }

  @Test
  void refusesToPublishWhenAParentsMaxIsNotTheSumOfItsChildren() {
    node(draft, "1.5.1").changeMaxPoints(p("1.5"));

    assertEquals(List.of("1.5: version.parent.sum[1.5, 2, 2.5]"), described(draft.problems()));
  }

  @Test
  void reportsTheParentSumOnEveryLevelItIsWrong() {
    node(draft, "1.5").changeMaxPoints(p("3"));

    assertEquals(
        List.of("1: version.parent.sum[1, 6, 7]", "1.5: version.parent.sum[1.5, 3, 2]"),
        described(draft.problems()));
  }

  @Test
  void reportsASelfAssessedLeafWithoutARule() {
    node(draft, "1.1").clearRule();

    assertEquals(List.of("1.1: version.rule.missing[1.1]"), described(draft.problems()));
  }

  @Test
  void reportsAParentWithARuleOfItsOwn() {
    node(draft, "1.5").defineRule(RuleDefinition.binary(), List.of());

    assertEquals(List.of("1.5: version.parent.rule[1.5]"), described(draft.problems()));
  }

  @Test
  void reportsTierPointsAboveTheMax() {
    node(draft, "1.2")
        .defineRule(
            RuleDefinition.ratioTiers(WhenNone.ZERO),
            List.of(tier("1.0", "3"), tier("0.8", "1"), tier("0", "0")));

    assertEquals(List.of("1.2: version.tier.points[1.2, 3, 2]"), described(draft.problems()));
  }

  @Test
  void refusesNegativeTierPointsWhenTheRuleIsDefinedAndKeepsThePreviousRule() {
    Criterion criterion = node(draft, "1.2");

    assertThrows(
        IllegalArgumentException.class,
        () ->
            criterion.defineRule(
                RuleDefinition.ratioTiers(WhenNone.ZERO),
                List.of(tier("1.0", "2"), tier("0", "-1"))));

    assertEquals(RuleType.RATIO_TIERS, criterion.rule().type());
    assertEquals(3, criterion.tiers().size());
    assertEquals(0, criterion.tiers().get(1).points().compareTo(d("1")));
    assertEquals(List.of(), draft.problems());
  }

  @Test
  void refusesRuleParametersTheEngineWouldRefuseAndKeepsThePreviousRule() {
    Criterion criterion = node(draft, "1.6");

    assertThrows(
        IllegalArgumentException.class,
        () -> criterion.defineRule(RuleDefinition.manual(d("0.001")), List.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> criterion.defineRule(RuleDefinition.ratioTiers(WhenNone.ZERO), List.of()));

    assertEquals(RuleType.MANUAL, criterion.rule().type());
    assertEquals(0, criterion.rule().step().compareTo(d("0.25")));
    assertEquals(List.of(), criterion.tiers());
  }

  @Test
  void reportsTiersWhoseRatiosDoNotDescend() {
    node(draft, "1.2")
        .defineRule(
            RuleDefinition.ratioTiers(WhenNone.ZERO),
            List.of(tier("0.8", "1"), tier("1.0", "2"), tier("0", "0")));

    assertEquals(List.of("1.2: version.tier.order[1.2]"), described(draft.problems()));
  }

  @Test
  void reportsTierPointsThatRiseAsTheRatioFalls() {
    node(draft, "1.2")
        .defineRule(
            RuleDefinition.ratioTiers(WhenNone.ZERO),
            List.of(tier("1.0", "1"), tier("0.8", "2"), tier("0", "0")));

    assertEquals(List.of("1.2: version.tier.order[1.2]"), described(draft.problems()));
  }

  @Test
  void reportsTiersWithoutAFloorAtARatioOfZero() {
    node(draft, "1.2")
        .defineRule(
            RuleDefinition.ratioTiers(WhenNone.ZERO), List.of(tier("1.0", "2"), tier("0.8", "1")));

    assertEquals(List.of("1.2: version.tier.floor[1.2]"), described(draft.problems()));
  }

  @Test
  void reportsSelfAssessedAreasThatDoNotAddUpToTheSelfAssessedMax() {
    describeTotals(draft, "16", "11", "5");

    List<VersionProblem> problems = draft.problems();

    assertEquals(List.of("version.total.selfAssessed[10, 11]"), described(problems));
    assertNull(problems.get(0).code());
  }

  @Test
  void reportsASurveyPartThatDoesNotAddUpToTheSurveyMax() {
    describeTotals(draft, "16", "10", "6");

    List<VersionProblem> problems = draft.problems();

    assertEquals(List.of("version.total.survey[5, 6]"), described(problems));
    assertNull(problems.get(0).code());
  }

  @Test
  void reportsPartsThatDoNotAddUpToTheTotal() {
    describeTotals(draft, "20", "10", "5");

    List<VersionProblem> problems = draft.problems();

    assertEquals(List.of("version.total.parts[10, 5, 20]"), described(problems));
    assertNull(problems.get(0).code());
  }

  @Test
  void reportsAnEmptyVersionAndNothingElse() {
    List<VersionProblem> problems = IndexFixture.emptyDraft().problems();

    assertEquals(List.of(new VersionProblem(null, "version.empty")), problems);
  }

  @Test
  void reportsASelfAssessedAreaWithoutCriteria() {
    draft.removeNode(node(draft, "2.1"));
    draft.removeNode(node(draft, "2.2"));

    assertEquals(List.of("2: version.area.empty[2]"), described(draft.problems()));
  }

  @Test
  void acceptsASurveyAreaWithoutCriteria() {
    draft.removeNode(node(draft, "S.1"));
    draft.removeNode(node(draft, "S.2"));

    assertEquals(List.of(), draft.problems());
  }

  @Test
  void reportsAnAreaCodeGivenTheKindOfACriterion() {
    draft
        .addNode(c("3"), NodeKind.CRITERION, "Lạc cấp", Points.ZERO, AssessmentMethod.SELF_ASSESSED)
        .defineRule(RuleDefinition.binary(), List.of());

    assertEquals(List.of("3: version.code.level[3, 1]"), described(draft.problems()));
  }

  @Test
  void reportsACriterionCodeGivenTheKindOfAComponent() {
    draft
        .addNode(
            c("2.3"), NodeKind.COMPONENT, "Lạc cấp", Points.ZERO, AssessmentMethod.SELF_ASSESSED)
        .defineRule(RuleDefinition.binary(), List.of());

    assertEquals(List.of("2.3: version.code.level[2.3, 2]"), described(draft.problems()));
  }

  @Test
  void reportsAChildScoredOtherwiseThanItsParent() {
    draft
        .addNode(
            c("S.3"),
            NodeKind.CRITERION,
            "Tự chấm trong phần điều tra",
            Points.ZERO,
            AssessmentMethod.SELF_ASSESSED)
        .defineRule(RuleDefinition.binary(), List.of());

    assertEquals(List.of("S.3: version.method.mixed[S.3, S]"), described(draft.problems()));
  }

  @Test
  void reportsEveryProblemAtOnceEachOnItsOwnNode() {
    node(draft, "1.1").clearRule();
    node(draft, "1.5.2").changeMaxPoints(p("2"));
    node(draft, "2.2").changeMaxPoints(p("3"));

    assertEquals(
        List.of(
            "1.1: version.rule.missing[1.1]",
            "1.5: version.parent.sum[1.5, 2, 3]",
            "2: version.parent.sum[2, 4, 5]"),
        described(draft.problems()));
  }
}
