package vn.parindex.web.campaign;

import vn.parindex.appraisal.ApprovalView;

/** A block of the campaign on the approval tab, with its latest approval: none before the first. */
public record BlockApproval(long blockId, String blockName, ApprovalView latest) {
  public boolean approved() {
    return latest != null && latest.inForce();
  }
}
