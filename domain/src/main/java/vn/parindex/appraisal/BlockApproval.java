package vn.parindex.appraisal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.parindex.kernel.CleanText;
import vn.parindex.organisation.Block;

/**
 * The council's approval of a block's appraised results: an immutable snapshot of every unit's
 * final score per criterion. While it is in force nothing of the block's appraisal changes.
 * Reopening keeps the row and the snapshot, with who reopened it, when and why.
 */
@Entity
@Table(name = "block_approval")
public class BlockApproval {
  public static final int REASON_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "campaign_id", nullable = false)
  private Campaign campaign;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "block_id", nullable = false)
  private Block block;

  @Column(name = "approved_at", nullable = false)
  private Instant approvedAt;

  @Column(name = "approved_by", length = 60, nullable = false)
  private String approvedBy;

  @Column(name = "reopened_at")
  private Instant reopenedAt;

  @Column(name = "reopened_by", length = 60)
  private String reopenedBy;

  @Column(name = "reopen_reason", length = REASON_LENGTH)
  private String reopenReason;

  @ElementCollection
  @CollectionTable(name = "approved_score", joinColumns = @JoinColumn(name = "approval_id"))
  private List<ApprovedScore> scores = new ArrayList<>();

  protected BlockApproval() {}

  public BlockApproval(
      Campaign campaign, Block block, List<ApprovedScore> snapshot, String by, Instant at) {
    if (campaign.versionOf(block).isEmpty()) {
      throw new AppraisalRefusal("block", "appraisal.matrix.blockNotInCampaign");
    }
    this.campaign = campaign;
    this.block = block;
    this.scores.addAll(snapshot);
    this.approvedBy = Objects.requireNonNull(by);
    this.approvedAt = Objects.requireNonNull(at);
  }

  public void reopen(String reason, String by, Instant at) {
    if (!inForce()) {
      throw new AppraisalRefusal("approval", "appraisal.approval.notInForce");
    }
    String clean = reason == null ? "" : CleanText.multiline("reason", reason).strip();
    if (clean.isEmpty() || clean.length() > REASON_LENGTH) {
      throw new AppraisalRefusal("reason", "appraisal.reason.required", REASON_LENGTH);
    }
    this.reopenReason = clean;
    this.reopenedBy = Objects.requireNonNull(by);
    this.reopenedAt = Objects.requireNonNull(at);
  }

  public boolean inForce() {
    return reopenedAt == null;
  }

  public Long id() {
    return id;
  }

  public Campaign campaign() {
    return campaign;
  }

  public Block block() {
    return block;
  }

  public Instant approvedAt() {
    return approvedAt;
  }

  public String approvedBy() {
    return approvedBy;
  }

  public Instant reopenedAt() {
    return reopenedAt;
  }

  public String reopenedBy() {
    return reopenedBy;
  }

  public String reopenReason() {
    return reopenReason;
  }

  public List<ApprovedScore> scores() {
    return List.copyOf(scores);
  }
}
