package vn.parindex.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.parindex.catalogue.AssessmentMethod;
import vn.parindex.catalogue.ClassificationBand;
import vn.parindex.catalogue.NodeKind;
import vn.parindex.scoring.CriterionCode;
import vn.parindex.scoring.Points;

/**
 * A small index shaped like the demo one: area 1 (max 4) with a plain criterion 1.1 (1), a shared
 * criterion 1.3 (1) and a criterion 1.5 (2) of two components; area 2 (max 3) with 2.1 (3); a
 * survey area S (max 3) of two survey criteria S.1 (1) and S.2 (2). Total max 10.
 */
class ConsolidationTest {
  private static final long AREA_1 = 1, C11 = 2, C13 = 3, C15 = 4, C151 = 5, C152 = 6;
  private static final long AREA_2 = 7, C21 = 8, AREA_S = 9, S1 = 10, S2 = 11;
  private static final long LEAD = 100, SUPPORTING = 200;

  private static final List<IndexNode> TREE =
      List.of(
          node(AREA_1, "1", "4"),
          node(C11, "1.1", "1"),
          node(C13, "1.3", "1"),
          node(C15, "1.5", "2"),
          node(C151, "1.5.1", "1"),
          node(C152, "1.5.2", "1"),
          node(AREA_2, "2", "3"),
          node(C21, "2.1", "3"),
          survey(AREA_S, "S", "3"),
          survey(S1, "S.1", "1"),
          survey(S2, "S.2", "2"));

  private static final List<ClassificationBand> BANDS =
      List.of(
          new ClassificationBand("Tốt", new BigDecimal("8")),
          new ClassificationBand("Khá", new BigDecimal("7")),
          new ClassificationBand("Trung bình", new BigDecimal("5")),
          new ClassificationBand("Yếu", new BigDecimal("0")));

  private static IndexNode node(long id, String code, String max) {
    CriterionCode c = CriterionCode.of(code);
    return new IndexNode(
        id, c, NodeKind.atDepth(c.depth()), Points.of(max), AssessmentMethod.SELF_ASSESSED);
  }

  private static IndexNode survey(long id, String code, String max) {
    CriterionCode c = CriterionCode.of(code);
    return new IndexNode(
        id, c, NodeKind.atDepth(c.depth()), Points.of(max), AssessmentMethod.SURVEY);
  }

  private static Points p(String value) {
    return Points.of(value);
  }

  private static OfficeScore lead(long criterion, String points) {
    return new OfficeScore(criterion, LEAD, true, p(points), false);
  }

  private static OfficeScore supporting(long criterion, String points) {
    return new OfficeScore(criterion, SUPPORTING, false, p(points), false);
  }

  /** Every self-assessed leaf scored by its lead office: 0.5 + 1 + 0.75 + 1 + 2.5 = 5.75. */
  private static List<OfficeScore> allScored() {
    return new ArrayList<>(
        List.of(
            lead(C11, "0.5"),
            lead(C13, "1"),
            lead(C151, "0.75"),
            lead(C152, "1"),
            lead(C21, "2.5")));
  }

  private static Map<Long, Points> fullSurvey() {
    return Map.of(S1, p("1"), S2, p("1.25"));
  }

  @Test
  void aCriterionWithComponentsScoresTheirSumAndAnAreaTheSumOfItsCriteria() {
    Consolidation c = Consolidation.of(TREE, allScored(), fullSurvey(), BANDS);

    assertEquals(p("1.75"), c.pointsOf(C15).orElseThrow());
    assertEquals(p("3.25"), c.pointsOf(AREA_1).orElseThrow());
    assertEquals(p("2.5"), c.pointsOf(AREA_2).orElseThrow());
    assertEquals(p("2.25"), c.pointsOf(AREA_S).orElseThrow());
    assertEquals(p("0.75"), c.pointsOf(C151).orElseThrow());
  }

  @Test
  void theTotalsAddTheSelfAssessedAndTheSurveyParts() {
    Consolidation c = Consolidation.of(TREE, allScored(), fullSurvey(), BANDS);

    assertEquals(p("7"), c.selfAssessedMax());
    assertEquals(p("5.75"), c.selfAssessedTotal());
    assertEquals(p("3"), c.surveyMax());
    assertEquals(p("2.25"), c.surveyTotal().orElseThrow());
    assertEquals(p("10"), c.totalMax());
    assertEquals(p("8"), c.grandTotal());
    assertEquals("Tốt", c.band().orElseThrow());
    assertFalse(c.provisional());
    assertTrue(c.reasons().isEmpty());
  }

  @Test
  void theLeadOfficesScoreOfASharedCriterionCountsAndTheSupportingOfficesDoesNot() {
    List<OfficeScore> scores = allScored();
    scores.add(supporting(C13, "0"));

    Consolidation c = Consolidation.of(TREE, scores, fullSurvey(), BANDS);

    assertEquals(p("1"), c.pointsOf(C13).orElseThrow());
    assertEquals(LEAD, c.leadScore(C13).orElseThrow().officeId());
    assertEquals(p("5.75"), c.selfAssessedTotal());
  }

  @Test
  void aSupportingScoreAloneLeavesASharedCriterionUnscored() {
    List<OfficeScore> scores = allScored();
    scores.removeIf(s -> s.criterionId() == C13);
    scores.add(supporting(C13, "1"));

    Consolidation c = Consolidation.of(TREE, scores, fullSurvey(), BANDS);

    assertTrue(c.pointsOf(C13).isEmpty());
    assertEquals(List.of(C13), c.unscored());
    assertEquals(p("4.75"), c.selfAssessedTotal());
    assertEquals(Set.of(ProvisionalReason.UNSCORED), c.reasons());
  }

  @Test
  void aMissingScoreMakesTheResultProvisionalAndCountsNothing() {
    List<OfficeScore> scores = allScored();
    scores.removeIf(s -> s.criterionId() == C152 || s.criterionId() == C11);

    Consolidation c = Consolidation.of(TREE, scores, fullSurvey(), BANDS);

    assertTrue(c.provisional());
    assertEquals(Set.of(ProvisionalReason.UNSCORED), c.reasons());
    assertEquals(List.of(C11, C152), c.unscored());
    assertEquals(p("0.75"), c.pointsOf(C15).orElseThrow());
    assertEquals(p("4.25"), c.selfAssessedTotal());
  }

  @Test
  void aNodeWithNothingScoredHasNoPointsAndNoPercentage() {
    Consolidation c = Consolidation.of(TREE, List.of(lead(C11, "1")), Map.of(), BANDS);

    assertTrue(c.pointsOf(AREA_2).isEmpty());
    AreaResult area2 = c.areas().get(1);
    assertEquals(AREA_2, area2.nodeId());
    assertNull(area2.points());
    assertNull(area2.percent());
    assertEquals(List.of(C13, C151, C152, C21), c.unscored());
  }

  @Test
  void aMissingSurveyMakesTheResultProvisionalWithoutASurveyTotal() {
    Consolidation c = Consolidation.of(TREE, allScored(), Map.of(), BANDS);

    assertTrue(c.surveyTotal().isEmpty());
    assertEquals(p("5.75"), c.grandTotal());
    assertEquals(List.of(S1, S2), c.surveyMissing());
    assertEquals(Set.of(ProvisionalReason.SURVEY_MISSING), c.reasons());
    assertEquals("Trung bình", c.band().orElseThrow());
  }

  @Test
  void aPartlyEnteredSurveyCountsWhatIsEnteredAndStaysProvisional() {
    Consolidation c = Consolidation.of(TREE, allScored(), Map.of(S2, p("2")), BANDS);

    assertEquals(p("2"), c.surveyTotal().orElseThrow());
    assertEquals(p("7.75"), c.grandTotal());
    assertEquals(List.of(S1), c.surveyMissing());
    assertTrue(c.provisional());
  }

  @Test
  void aReturnedLeadScoreCountsButMakesTheResultProvisional() {
    List<OfficeScore> scores = allScored();
    scores.removeIf(s -> s.criterionId() == C21);
    scores.add(new OfficeScore(C21, LEAD, true, p("2.5"), true));

    Consolidation c = Consolidation.of(TREE, scores, fullSurvey(), BANDS);

    assertEquals(p("5.75"), c.selfAssessedTotal());
    assertEquals(List.of(C21), c.returned());
    assertEquals(Set.of(ProvisionalReason.RETURNED), c.reasons());
  }

  @Test
  void everyReasonIsListedTogether() {
    List<OfficeScore> scores = new ArrayList<>(List.of(lead(C11, "1")));
    scores.add(new OfficeScore(C13, LEAD, true, p("1"), true));

    Consolidation c = Consolidation.of(TREE, scores, Map.of(), BANDS);

    assertEquals(
        Set.of(
            ProvisionalReason.UNSCORED,
            ProvisionalReason.SURVEY_MISSING,
            ProvisionalReason.RETURNED),
        c.reasons());
  }

  @Test
  void anAreasPercentageOfMaxIsRoundedHalfUpToTwoPlaces() {
    // area 2: 2.5 of 3 = 83.333...%; area 1: 3.25 of 4 = 81.25%; S: 2.25 of 3 = 75%
    Consolidation c = Consolidation.of(TREE, allScored(), fullSurvey(), BANDS);

    assertEquals(new BigDecimal("81.25"), c.areas().get(0).percent());
    assertEquals(new BigDecimal("83.33"), c.areas().get(1).percent());
    assertEquals(new BigDecimal("75.00"), c.areas().get(2).percent());
  }

  @Test
  void aPercentageOfTwoThirdsRoundsUp() {
    assertEquals(new BigDecimal("66.67"), Consolidation.percent(p("2"), p("3")));
    assertEquals(new BigDecimal("0.50"), Consolidation.percent(p("0.01"), p("2")));
    assertEquals(new BigDecimal("0.33"), Consolidation.percent(p("0.01"), p("3")));
    assertNull(Consolidation.percent(p("0"), p("0")));
  }

  @Test
  void totalsAreExactDecimalsWithTwoPlaces() {
    List<OfficeScore> scores =
        List.of(
            lead(C11, "0.33"),
            lead(C13, "0.33"),
            lead(C151, "0.34"),
            lead(C152, "0.67"),
            lead(C21, "1.33"));

    Consolidation c = Consolidation.of(TREE, scores, Map.of(S1, p("0.1"), S2, p("0.2")), BANDS);

    assertEquals("3.00", c.selfAssessedTotal().toString());
    assertEquals("0.30", c.surveyTotal().orElseThrow().toString());
    assertEquals("3.30", c.grandTotal().toString());
  }

  @Test
  void refusesAScoreForACriterionScoredByItsComponents() {
    List<OfficeScore> scores = List.of(lead(C15, "1"));

    assertThrows(
        IllegalArgumentException.class, () -> Consolidation.of(TREE, scores, Map.of(), BANDS));
  }

  @Test
  void refusesAScoreOfANodeOutsideTheTree() {
    List<OfficeScore> scores = List.of(lead(999, "1"));

    assertThrows(
        IllegalArgumentException.class, () -> Consolidation.of(TREE, scores, Map.of(), BANDS));
  }

  @Test
  void refusesTwoLeadScoresOfOneCriterion() {
    List<OfficeScore> scores =
        List.of(lead(C11, "1"), new OfficeScore(C11, 300, true, p("0"), false));

    assertThrows(
        IllegalArgumentException.class, () -> Consolidation.of(TREE, scores, Map.of(), BANDS));
  }

  @Test
  void refusesSurveyPointsOfASelfAssessedCriterionOrAboveTheMax() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Consolidation.of(TREE, List.of(), Map.of(C11, p("1")), BANDS));
    assertThrows(
        IllegalArgumentException.class,
        () -> Consolidation.of(TREE, List.of(), Map.of(S1, p("1.01")), BANDS));
  }

  @Test
  void refusesASelfScoreOfASurveyCriterion() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Consolidation.of(TREE, List.of(lead(S1, "1")), Map.of(), BANDS));
  }

  @Test
  void nothingScoredIsZeroInTheWeakestBand() {
    Consolidation c = Consolidation.of(TREE, List.of(), Map.of(), BANDS);

    assertEquals(Points.ZERO, c.grandTotal());
    assertEquals("Yếu", c.band().orElseThrow());
    assertTrue(c.provisional());
  }

  @Test
  void theGrandTotalOnABandBoundaryReachesTheHigherBand() {
    // 5.75 self-assessed + survey 1 + 0.25 = 7.00, exactly the lower bound of "Khá"
    Consolidation c = Consolidation.of(TREE, allScored(), Map.of(S1, p("1"), S2, p("0.25")), BANDS);

    assertEquals(p("7"), c.grandTotal());
    assertEquals("Khá", c.band().orElseThrow());
  }

  @Test
  void theGrandTotalOneHundredthBelowABoundaryStaysInTheLowerBand() {
    Consolidation c = Consolidation.of(TREE, allScored(), Map.of(S1, p("1"), S2, p("0.24")), BANDS);

    assertEquals(p("6.99"), c.grandTotal());
    assertEquals("Trung bình", c.band().orElseThrow());
  }
}
