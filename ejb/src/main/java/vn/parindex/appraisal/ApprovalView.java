package vn.parindex.appraisal;

import java.io.Serializable;
import java.time.Instant;

/** A block's approval by the council, in force or reopened, with who did what and why. */
public record ApprovalView(
    long id,
    long blockId,
    String blockName,
    Instant approvedAt,
    String approvedBy,
    int units,
    Instant reopenedAt,
    String reopenedBy,
    String reopenReason)
    implements Serializable {
  static ApprovalView of(BlockApproval approval) {
    return new ApprovalView(
        approval.id(),
        approval.block().id(),
        approval.block().name(),
        approval.approvedAt(),
        approval.approvedBy(),
        (int) approval.scores().stream().mapToLong(ApprovedScore::assessmentId).distinct().count(),
        approval.reopenedAt(),
        approval.reopenedBy(),
        approval.reopenReason());
  }

  public boolean inForce() {
    return reopenedAt == null;
  }
}
