package vn.parindex.web.campaign;

import java.io.Serializable;
import vn.parindex.appraisal.ApprovalView;

/** A block of the campaign on the approval tab, with its latest approval: none before the first. */
public record BlockApproval(long blockId, String blockName, ApprovalView latest)
    implements Serializable {
  public boolean approved() {
    return latest != null && latest.inForce();
  }
}
