package vn.parindex.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.parindex.appraisal.AppraisalFixture.AT;
import static vn.parindex.appraisal.AppraisalFixture.SUBMISSION;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.Assessment;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.IndexFixture;
import vn.parindex.kernel.RuleRefusal;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.scoring.InvalidScoreInputsException;
import vn.parindex.scoring.Points;
import vn.parindex.scoring.ScoreInputs;

/**
 * An appraiser decides a criterion from the rule's inputs or with points typed directly, within the
 * range and on the step, and says why when the score differs from the unit's own.
 */
class AppraisedScoreTest {
  private final AppraisalFixture f = new AppraisalFixture();
  private final Assessment assessment;
  private final AppraisalRound round;

  AppraisedScoreTest() {
    AssessedUnit unit = new AssessedUnit("UBND xã Ia Grai", "commune", "UBND tỉnh", "Ia Grai");
    unit.placeIn(f.communes);
    assessment = new Assessment(unit, f.version, 2025, SUBMISSION);
    round = f.campaign.openRound(1, SUBMISSION.plusDays(1), "sonoivu", AT);
  }

  private AppraisedScore on(String code) {
    Criterion criterion = IndexFixture.node(f.version, code);
    return new AppraisedScore(assessment, criterion, round);
  }

  @Test
  void scoresTheRulesInputsAndNeedsAReasonWhenTheScoreDiffers() {
    AppraisedScore score = on("1.1");
    AppraisalRefusal refused =
        assertThrows(
            AppraisalRefusal.class,
            () ->
                score.decide(ScoreInputs.binary(false), null, Points.of("1"), "", "sotuphap", AT));
    assertEquals("appraisal.score.reasonRequired", refused.messageKey());
    assertEquals("reason", refused.field());

    Points decided =
        score.decide(
            ScoreInputs.binary(false), null, Points.of("1"), "Không có kế hoạch", "sotuphap", AT);

    assertEquals(Points.of("0"), decided);
    assertEquals(Points.of("0"), score.points());
    assertEquals(ScoreInputs.binary(false).met(), score.inputs().met());
    assertEquals("Không có kế hoạch", score.reason());
    assertEquals("sotuphap", score.appraisedBy());
  }

  @Test
  void needsNoReasonWhenItConfirmsTheUnitsScore() {
    AppraisedScore score = on("1.2");
    Points decided =
        score.decide(
            ScoreInputs.ratio(new BigDecimal("9"), new BigDecimal("10")),
            null,
            Points.of("1"),
            "  ",
            "sokhcn",
            AT);
    assertEquals(Points.of("1"), decided);
    assertNull(score.reason());
  }

  @Test
  void takesPointsTypedDirectlyOnTheRulesStep() {
    AppraisedScore score = on("1.6");
    assertEquals(
        Points.of("0.75"),
        score.decide(null, new BigDecimal("0.75"), Points.of("0.75"), null, "sokhcn", AT));
    InvalidScoreInputsException offStep =
        assertThrows(
            InvalidScoreInputsException.class,
            () -> score.decide(null, new BigDecimal("0.6"), Points.of("1"), "Lệch", "sokhcn", AT));
    assertEquals(InvalidScoreInputsException.POINTS_NOT_MULTIPLE_OF_STEP, offStep.messageKey());
    assertEquals(Points.of("0.75"), score.points(), "a refused decision changes nothing");
  }

  @Test
  void takesDirectPointsInCentsWhereTheRuleIsNotManual() {
    AppraisedScore score = on("1.2");
    assertEquals(
        Points.of("1.35"),
        score.decide(null, new BigDecimal("1.35"), Points.of("2"), "Một phần", "sokhcn", AT));
    assertNull(score.inputs());
  }

  @Test
  void refusesPointsOutsideZeroToMax() {
    AppraisedScore score = on("1.2");
    assertEquals(
        InvalidScoreInputsException.POINTS_OUT_OF_RANGE,
        assertThrows(
                InvalidScoreInputsException.class,
                () ->
                    score.decide(null, new BigDecimal("2.5"), Points.of("2"), "Thêm", "sokhcn", AT))
            .messageKey());
    assertThrows(
        RuleRefusal.class,
        () -> score.decide(null, new BigDecimal("-1"), Points.of("2"), "Bớt", "sokhcn", AT));
  }

  @Test
  void takesInputsOrPointsNotBothNorNeither() {
    AppraisedScore score = on("1.1");
    assertEquals(
        "appraisal.score.inputsOrPoints",
        assertThrows(
                AppraisalRefusal.class,
                () ->
                    score.decide(
                        ScoreInputs.binary(true),
                        BigDecimal.ONE,
                        Points.of("1"),
                        null,
                        "sotuphap",
                        AT))
            .messageKey());
    assertEquals(
        "appraisal.score.required",
        assertThrows(
                AppraisalRefusal.class,
                () -> score.decide(null, null, Points.of("1"), null, "sotuphap", AT))
            .messageKey());
  }

  @Test
  void refusesAReasonLongerThanTheColumn() {
    AppraisedScore score = on("1.1");
    String tooLong = "x".repeat(AppraisedScore.REASON_LENGTH + 1);
    assertEquals(
        "appraisal.reason.tooLong",
        assertThrows(
                AppraisalRefusal.class,
                () ->
                    score.decide(
                        ScoreInputs.binary(false), null, Points.of("1"), tooLong, "sotuphap", AT))
            .messageKey());
  }
}
