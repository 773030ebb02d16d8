package vn.parindex.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.appraisal.AppraisalFixture.AT;
import static vn.parindex.appraisal.AppraisalFixture.SUBMISSION;
import static vn.parindex.appraisal.AppraisalFixture.stored;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.Assessment;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.IndexFixture;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.scoring.Points;
import vn.parindex.scoring.ScoreInputs;

/**
 * A submission freezes the self scores; the province may return it, with a reason, before
 * appraisal.
 */
class SubmissionTest {
  private final AppraisalFixture f = new AppraisalFixture();
  private final Criterion binary = stored(IndexFixture.node(f.version, "1.1"), 101L);
  private final Submission submission;

  SubmissionTest() {
    AssessedUnit unit = new AssessedUnit("UBND xã Ia Grai", "commune", "UBND tỉnh", "Ia Grai");
    unit.placeIn(f.communes);
    Assessment assessment = new Assessment(unit, f.version, 2025, SUBMISSION);
    assessment.joinCampaign(f.campaign);
    submission = new Submission(assessment, f.campaign, List.of(score("1")), false, "vanphong", AT);
  }

  private SubmittedScore score(String points) {
    return new SubmittedScore(binary, Points.of(points), ScoreInputs.binary(true), "Đã ban hành");
  }

  @Test
  void freezesTheSelfScoresItSnapshots() {
    assertEquals(SubmissionStatus.SUBMITTED, submission.status());
    assertTrue(submission.freezesSelfScores());
    assertEquals(Points.of("1"), submission.scoreOf(101L).orElseThrow().points());
    assertTrue(submission.scoreOf(999L).isEmpty());
  }

  @Test
  void isReturnedWithAReasonAndThenNoLongerFreezesTheScores() {
    submission.returnToUnit("  Thiếu báo cáo ký số  ", "sonoivu", AT);

    assertEquals(SubmissionStatus.RETURNED, submission.status());
    assertEquals("Thiếu báo cáo ký số", submission.returnReason());
    assertEquals("sonoivu", submission.returnedBy());
    assertFalse(submission.freezesSelfScores());
  }

  @Test
  void isNotReturnedWithoutAReason() {
    AppraisalRefusal refused =
        assertThrows(AppraisalRefusal.class, () -> submission.returnToUnit("   ", "sonoivu", AT));
    assertEquals("appraisal.reason.required", refused.messageKey());
    assertThrows(AppraisalRefusal.class, () -> submission.returnToUnit(null, "sonoivu", AT));
    assertEquals(SubmissionStatus.SUBMITTED, submission.status());
  }

  @Test
  void isNotReturnedOnceAppraisalStarted() {
    f.campaign.openRound(1, SUBMISSION.plusDays(1), "sonoivu", AT);
    AppraisalRefusal refused =
        assertThrows(AppraisalRefusal.class, () -> submission.returnToUnit("Thiếu", "sonoivu", AT));
    assertEquals("appraisal.round.alreadyStarted", refused.messageKey());
  }

  @Test
  void isNotReturnedTwice() {
    submission.returnToUnit("Thiếu", "sonoivu", AT);
    assertEquals(
        "appraisal.submission.notSubmitted",
        assertThrows(AppraisalRefusal.class, () -> submission.returnToUnit("Thiếu", "sonoivu", AT))
            .messageKey());
  }

  @Test
  void isSubmittedAgainOnlyAfterItWasReturnedWithANewSnapshot() {
    assertEquals(
        "appraisal.submission.alreadySubmitted",
        assertThrows(
                AppraisalRefusal.class,
                () -> submission.resubmit(List.of(score("0")), false, "vanphong", AT))
            .messageKey());

    submission.returnToUnit("Thiếu", "sonoivu", AT);
    submission.resubmit(List.of(score("0")), true, "vanphong", AT.plusSeconds(60));

    assertEquals(SubmissionStatus.SUBMITTED, submission.status());
    assertTrue(submission.late());
    assertEquals(Points.of("0"), submission.scoreOf(101L).orElseThrow().points());
    assertEquals(1, submission.scores().size());
    assertEquals("Thiếu", submission.returnReason(), "the last return stays on record");
    assertNull(submission.signedReport().orElse(null));
  }
}
