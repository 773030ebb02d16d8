package vn.parindex.appraisal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.appraisal.AppraisalFixture.AT;
import static vn.parindex.appraisal.AppraisalFixture.EXPLAIN1;
import static vn.parindex.appraisal.AppraisalFixture.ROUND1;
import static vn.parindex.appraisal.AppraisalFixture.ROUND2;
import static vn.parindex.appraisal.AppraisalFixture.SUBMISSION;

import org.junit.jupiter.api.Test;

/** Units explain a round once its appraisers are done, until its date or their extension. */
class AppraisalRoundTest {
  private final Campaign campaign = new AppraisalFixture().campaign;
  private final AppraisalRound first = campaign.round(1);

  @Test
  void takesNoExplanationBeforeTheRoundOpens() {
    assertFalse(first.acceptsExplanationOn(ROUND1.plusDays(1), null));
  }

  @Test
  void takesNoExplanationWhileTheAppraisersStillDecide() {
    campaign.openRound(1, SUBMISSION.plusDays(1), "sonoivu", AT);
    assertTrue(first.acceptsAppraisalOn(ROUND1));
    assertFalse(first.acceptsExplanationOn(ROUND1, null));
  }

  @Test
  void takesExplanationsFromTheDayAfterItsDateUntilTheWindowEnds() {
    campaign.openRound(1, SUBMISSION.plusDays(1), "sonoivu", AT);
    assertFalse(first.acceptsAppraisalOn(ROUND1.plusDays(1)));
    assertTrue(first.acceptsExplanationOn(ROUND1.plusDays(1), null));
    assertTrue(first.acceptsExplanationOn(EXPLAIN1, null));
    assertFalse(first.acceptsExplanationOn(EXPLAIN1.plusDays(1), null));
  }

  @Test
  void takesExplanationsAsSoonAsTheProvinceClosesTheRound() {
    campaign.openRound(1, SUBMISSION.plusDays(1), "sonoivu", AT);
    campaign.closeRound(1, "sonoivu", AT);
    assertTrue(first.acceptsExplanationOn(ROUND1.minusDays(5), null));
  }

  @Test
  void anExtensionLengthensTheWindowForItsUnitAndNeverShortensIt() {
    campaign.openRound(1, SUBMISSION.plusDays(1), "sonoivu", AT);
    assertTrue(first.acceptsExplanationOn(EXPLAIN1.plusDays(3), EXPLAIN1.plusDays(3)));
    assertFalse(first.acceptsExplanationOn(EXPLAIN1.plusDays(4), EXPLAIN1.plusDays(3)));
    assertTrue(
        first.acceptsExplanationOn(EXPLAIN1, EXPLAIN1.minusDays(2)),
        "an extension ending earlier leaves the window as it was");
  }

  @Test
  void theLastRoundTakesNoExplanationEvenWithAnExtension() {
    campaign.openRound(1, SUBMISSION.plusDays(1), "sonoivu", AT);
    campaign.openRound(2, EXPLAIN1.plusDays(1), "sonoivu", AT);
    AppraisalRound last = campaign.round(2);
    campaign.closeRound(2, "sonoivu", AT);
    assertFalse(last.acceptsExplanationOn(ROUND2.plusDays(1), ROUND2.plusDays(10)));
  }
}
