package vn.parindex.appraisal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.appraisal.AppraisalFixture.AT;
import static vn.parindex.appraisal.AppraisalFixture.stored;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.organisation.Block;
import vn.parindex.scoring.Points;

/** The council's approval stays in force until it is reopened, with a reason, once. */
class BlockApprovalTest {
  private final AppraisalFixture f = new AppraisalFixture();
  private final BlockApproval approval =
      new BlockApproval(
          f.campaign,
          f.communes,
          List.of(new ApprovedScore(31L, 101L, Points.of("1.5"))),
          "hoidong",
          AT);

  @Test
  void keepsItsSnapshotAndIsInForce() {
    assertTrue(approval.inForce());
    assertEquals(Points.of("1.5"), approval.scores().get(0).points());
  }

  @Test
  void reopensWithAReasonAndKeepsTheSnapshot() {
    approval.reopen(" Sai sót điểm xã Ia Grai ", "hoidong", AT.plusSeconds(3600));

    assertFalse(approval.inForce());
    assertEquals("Sai sót điểm xã Ia Grai", approval.reopenReason());
    assertEquals("hoidong", approval.reopenedBy());
    assertEquals(1, approval.scores().size());
  }

  @Test
  void doesNotReopenWithoutAReasonNorTwice() {
    assertEquals(
        "appraisal.reason.required",
        assertThrows(AppraisalRefusal.class, () -> approval.reopen(" ", "hoidong", AT))
            .messageKey());
    assertTrue(approval.inForce());

    approval.reopen("Sai sót", "hoidong", AT);
    assertEquals(
        "appraisal.approval.notInForce",
        assertThrows(AppraisalRefusal.class, () -> approval.reopen("Lần nữa", "hoidong", AT))
            .messageKey());
  }

  @Test
  void approvesOnlyABlockOfTheCampaign() {
    Block other = stored(new Block(f.province, "Khối sở, ban, ngành", 1), 12L);
    assertEquals(
        "appraisal.matrix.blockNotInCampaign",
        assertThrows(
                AppraisalRefusal.class,
                () -> new BlockApproval(f.campaign, other, List.of(), "hoidong", AT))
            .messageKey());
  }
}
