package vn.parindex.appraisal;

import jakarta.persistence.EntityManager;
import vn.parindex.kernel.Refusal;
import vn.parindex.organisation.Block;

/**
 * Approved results are frozen: nothing of the block's appraisal changes until reopened, and never
 * again once announced (an announced block cannot be reopened).
 */
public final class Frozen {
  private Frozen() {}

  /** Whether the council's approval of the block's results in the campaign is in force. */
  public static boolean approved(EntityManager em, Campaign campaign, Block block) {
    return new AppraisalRecords(em).approvalInForce(campaign, block).isPresent();
  }

  static void requireOpen(AppraisalRecords records, Campaign campaign, Block block) {
    if (records.approvalInForce(campaign, block).isPresent()) {
      throw Refusal.conflict("appraisal.approved.frozen", block.name());
    }
  }
}
