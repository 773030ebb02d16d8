package vn.parindex.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.appraisal.AppraisalFixture.AT;
import static vn.parindex.appraisal.AppraisalFixture.EXPLAIN1;
import static vn.parindex.appraisal.AppraisalFixture.ROUND1;
import static vn.parindex.appraisal.AppraisalFixture.ROUND2;
import static vn.parindex.appraisal.AppraisalFixture.SELF;
import static vn.parindex.appraisal.AppraisalFixture.SUBMISSION;
import static vn.parindex.appraisal.AppraisalFixture.stored;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.catalogue.IndexFixture;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.organisation.Block;
import vn.parindex.organisation.Province;

/** A campaign's deadlines, its one to three rounds opened in turn and the index of each block. */
class CampaignTest {
  private final AppraisalFixture f = new AppraisalFixture();
  private final Campaign campaign = f.campaign;

  @Test
  void refusesASubmissionDeadlineBeforeTheSelfAssessmentDeadline() {
    AppraisalRefusal refused =
        assertThrows(
            AppraisalRefusal.class,
            () -> new Campaign(f.province, 2025, "Đợt 2025", SUBMISSION, SELF));
    assertEquals("appraisal.campaign.submissionBeforeSelf", refused.messageKey());
    assertEquals("submissionDeadline", refused.field());
  }

  @Test
  void acceptsBothDeadlinesOnTheSameDay() {
    Campaign sameDay = new Campaign(f.province, 2025, "Đợt 2025", SELF, SELF);
    assertEquals(SELF, sameDay.submissionDeadline());
  }

  @Test
  void plansOneToThreeRoundsAndNoMoreOrLess() {
    assertEquals(
        "appraisal.rounds.count",
        assertThrows(AppraisalRefusal.class, () -> campaign.planRounds(List.of())).messageKey());
    List<RoundDates> four =
        List.of(
            new RoundDates(ROUND1, ROUND1.plusDays(1)),
            new RoundDates(ROUND1.plusDays(2), ROUND1.plusDays(3)),
            new RoundDates(ROUND1.plusDays(4), ROUND1.plusDays(5)),
            new RoundDates(ROUND1.plusDays(6), null));
    assertThrows(AppraisalRefusal.class, () -> campaign.planRounds(four));

    campaign.planRounds(List.of(new RoundDates(ROUND1, null)));
    assertEquals(1, campaign.rounds().size());
    campaign.planRounds(four.subList(1, 4));
    assertEquals(3, campaign.rounds().size());
  }

  @Test
  void refusesARoundDecidingBeforeTheSubmissionDeadline() {
    AppraisalRefusal refused =
        assertThrows(
            AppraisalRefusal.class,
            () -> campaign.planRounds(List.of(new RoundDates(SUBMISSION.minusDays(1), null))));
    assertEquals("appraisal.rounds.order", refused.messageKey());
  }

  @Test
  void refusesARoundDecidingBeforeTheExplanationsOfTheRoundBefore() {
    List<RoundDates> overlapping =
        List.of(new RoundDates(ROUND1, EXPLAIN1), new RoundDates(EXPLAIN1.minusDays(1), null));
    assertEquals(
        "appraisal.rounds.order",
        assertThrows(AppraisalRefusal.class, () -> campaign.planRounds(overlapping)).messageKey());
  }

  @Test
  void refusesAnExplanationWindowEndingBeforeItsRoundDecides() {
    List<RoundDates> early =
        List.of(new RoundDates(ROUND1, ROUND1.minusDays(1)), new RoundDates(ROUND2, null));
    assertEquals(
        "appraisal.rounds.order",
        assertThrows(AppraisalRefusal.class, () -> campaign.planRounds(early)).messageKey());
  }

  @Test
  void everyRoundButTheLastHasAnExplanationWindow() {
    List<RoundDates> lastWithWindow =
        List.of(new RoundDates(ROUND1, EXPLAIN1), new RoundDates(ROUND2, ROUND2.plusDays(3)));
    List<RoundDates> firstWithout =
        List.of(new RoundDates(ROUND1, null), new RoundDates(ROUND2, null));
    assertEquals(
        "appraisal.rounds.explanationWindow",
        assertThrows(AppraisalRefusal.class, () -> campaign.planRounds(lastWithWindow))
            .messageKey());
    assertEquals(
        "appraisal.rounds.explanationWindow",
        assertThrows(AppraisalRefusal.class, () -> campaign.planRounds(firstWithout)).messageKey());
  }

  @Test
  void opensRoundsInTurn() {
    AppraisalRefusal refused =
        assertThrows(AppraisalRefusal.class, () -> campaign.openRound(2, ROUND2, "sonoivu", AT));
    assertEquals("appraisal.round.previousNotOver", refused.messageKey());

    campaign.openRound(1, ROUND1.minusDays(10), "sonoivu", AT);
    assertEquals(RoundStatus.OPEN, campaign.round(1).status());
    assertThrows(
        AppraisalRefusal.class,
        () -> campaign.openRound(2, ROUND1, "sonoivu", AT),
        "round 1 still runs on its last day");
    assertThrows(
        AppraisalRefusal.class,
        () -> campaign.openRound(1, ROUND1, "sonoivu", AT),
        "a round opens once");
  }

  @Test
  void openingTheNextRoundClosesAnOverdueRoundAndEndsItsExplanations() {
    AppraisalRound first = campaign.openRound(1, SUBMISSION.plusDays(1), "sonoivu", AT);
    assertTrue(campaign.acceptsExplanation(first, EXPLAIN1.minusDays(1), null));

    AppraisalRound second = campaign.openRound(2, EXPLAIN1.minusDays(1), "sonoivu", AT);

    assertEquals(RoundStatus.CLOSED, first.status());
    assertEquals("sonoivu", first.closedBy());
    assertEquals(RoundStatus.OPEN, second.status());
    assertFalse(
        campaign.acceptsExplanation(first, EXPLAIN1.minusDays(1), null),
        "the next round looks at what was explained so far");
    assertFalse(campaign.acceptsExplanation(first, EXPLAIN1, EXPLAIN1.plusDays(5)));
    assertEquals(second, campaign.latestOpened().orElseThrow());
  }

  @Test
  void opensTheNextRoundAfterTheProvinceClosedTheRoundBeforeItsDate() {
    campaign.openRound(1, SUBMISSION.plusDays(1), "sonoivu", AT);
    campaign.closeRound(1, "sonoivu", AT);

    campaign.openRound(2, ROUND1.minusDays(3), "sonoivu", AT);

    assertEquals(RoundStatus.OPEN, campaign.round(2).status());
  }

  @Test
  void refusesAnUnknownRound() {
    assertEquals(
        "appraisal.round.unknown",
        assertThrows(AppraisalRefusal.class, () -> campaign.round(3)).messageKey());
  }

  @Test
  void keepsTheDateOfAClosedRound() {
    campaign.openRound(1, SUBMISSION.plusDays(1), "sonoivu", AT);
    campaign.closeRound(1, "sonoivu", AT);
    List<RoundDates> moved =
        List.of(new RoundDates(ROUND1.plusDays(1), EXPLAIN1), new RoundDates(ROUND2, null));
    assertEquals(
        "appraisal.rounds.closedDateFixed",
        assertThrows(AppraisalRefusal.class, () -> campaign.planRounds(moved)).messageKey());
  }

  @Test
  void keepsEveryRoundThatStarted() {
    campaign.openRound(1, SUBMISSION.plusDays(1), "sonoivu", AT);
    campaign.openRound(2, ROUND1.plusDays(1), "sonoivu", AT);
    assertEquals(
        "appraisal.rounds.startedCannotGo",
        assertThrows(
                AppraisalRefusal.class,
                () -> campaign.planRounds(List.of(new RoundDates(ROUND1, null))))
            .messageKey());
  }

  @Test
  void usesTheIndexForABlockOfItsOwnProvinceOnly() {
    Province other = stored(new Province("Tỉnh Khác", true), 2L);
    Block foreign = stored(new Block(other, "Khối xã, phường", 1), 12L);
    AppraisalRefusal refused =
        assertThrows(AppraisalRefusal.class, () -> campaign.useIndex(foreign, f.version));
    assertEquals("appraisal.campaign.blockOfOtherProvince", refused.messageKey());
    assertTrue(campaign.versionOf(foreign).isEmpty());
    assertEquals(f.version, campaign.versionOf(f.communes).orElseThrow());
  }

  @Test
  void usesOnlyAPublishedIndex() {
    IndexVersion draft = IndexFixture.soundDraft();
    assertEquals(
        "appraisal.campaign.versionNotPublished",
        assertThrows(AppraisalRefusal.class, () -> campaign.useIndex(f.communes, draft))
            .messageKey());
  }

  @Test
  void replacesTheBlocksIndexBeforeAppraisalAndRefusesOnceItStarted() {
    IndexVersion other = stored(IndexFixture.published(), 22L);
    campaign.useIndex(f.communes, other);
    assertEquals(1, campaign.blocks().size());
    assertEquals(other, campaign.versionOf(f.communes).orElseThrow());

    campaign.openRound(1, SUBMISSION.plusDays(1), "sonoivu", AT);

    assertEquals(
        "appraisal.round.alreadyStarted",
        assertThrows(AppraisalRefusal.class, () -> campaign.useIndex(f.communes, f.version))
            .messageKey());
    assertEquals(other, campaign.versionOf(f.communes).orElseThrow());
  }

  @Test
  void acceptsSubmissionsUntilTheFirstRoundIsOverAndCallsThemLateAfterTheDeadline() {
    assertFalse(campaign.isLate(SUBMISSION));
    assertTrue(campaign.isLate(SUBMISSION.plusDays(1)));
    assertTrue(campaign.acceptsSubmission(ROUND1.plusDays(5)), "appraisal has not started");
    campaign.openRound(1, SUBMISSION.plusDays(1), "sonoivu", AT);
    assertTrue(campaign.acceptsSubmission(ROUND1));
    assertFalse(campaign.acceptsSubmission(ROUND1.plusDays(1)));
  }
}
