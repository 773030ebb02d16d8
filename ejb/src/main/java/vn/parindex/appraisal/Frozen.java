package vn.parindex.appraisal;

import vn.parindex.kernel.Refusal;
import vn.parindex.organisation.Block;

/**
 * Approved results are frozen: nothing of the block's appraisal changes until reopened, and never
 * again once announced (an announced block cannot be reopened).
 */
final class Frozen {
  private Frozen() {}

  static void requireOpen(AppraisalRecords records, Campaign campaign, Block block) {
    if (records.approvalInForce(campaign, block).isPresent()) {
      throw Refusal.conflict("appraisal.approved.frozen", block.name());
    }
  }
}
