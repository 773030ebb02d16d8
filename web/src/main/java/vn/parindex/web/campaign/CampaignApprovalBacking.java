package vn.parindex.web.campaign;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import vn.parindex.appraisal.ApprovalService;
import vn.parindex.appraisal.ApprovalView;
import vn.parindex.appraisal.CampaignView;

/**
 * Backs the campaign page's approval tab: per block, the council (or the Sở Nội vụ on its behalf)
 * approves the appraised results, which freezes them, or reopens an approval with a reason.
 */
@Named
@ViewScoped
public class CampaignApprovalBacking implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private ApprovalService approvals;
  @Inject private CampaignBacking page;
  @Inject private CampaignActions actions;

  private List<BlockApproval> blocks;
  private BlockApproval target;
  private String reason;

  public List<BlockApproval> getBlocks() {
    CampaignView c = page.getCampaign();
    if (blocks == null && c != null) {
      List<ApprovalView> all = approvals.approvals(c.id());
      blocks =
          c.blocks().stream()
              .map(
                  b ->
                      new BlockApproval(
                          b.blockId(),
                          b.blockName(),
                          all.stream()
                              .filter(a -> a.blockId() == b.blockId())
                              .max(Comparator.comparing(ApprovalView::approvedAt))
                              .orElse(null)))
              .toList();
    }
    return blocks;
  }

  public void approve(BlockApproval block) {
    if (actions.run(
        () -> approvals.approve(page.getId(), block.blockId()),
        "campaignPage.approval.approved",
        block.blockName())) {
      blocks = null;
    }
  }

  /** Opens the dialog that asks why the block's approval is reopened. */
  public void choose(BlockApproval block) {
    target = block;
    reason = null;
  }

  public void reopen() {
    if (actions.run(
        () -> approvals.reopen(page.getId(), target.blockId(), reason),
        "campaignPage.approval.reopened",
        target.blockName())) {
      blocks = null;
    }
  }

  public BlockApproval getTarget() {
    return target;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
