package vn.parindex.appraisal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.parindex.assessment.Assessment;
import vn.parindex.evidence.Evidence;
import vn.parindex.kernel.CleanText;

/**
 * A unit's self-assessment as submitted to the Sở Nội vụ. Submitting freezes the self scores as a
 * snapshot: appraisers see these, whatever happens to the offices' rows later. The province may
 * return the whole submission with a reason before appraisal starts; the unit then corrects and
 * submits again, which takes a new snapshot.
 */
@Entity
@Table(name = "submission")
public class Submission {
  public static final int REASON_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assessment_id", nullable = false, unique = true)
  private Assessment assessment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "campaign_id", nullable = false)
  private Campaign campaign;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 12, nullable = false)
  private SubmissionStatus status;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "submitted_by", length = 60, nullable = false)
  private String submittedBy;

  @Column(name = "late", nullable = false)
  private boolean late;

  /** The signed scan of the self-assessment report, once the unit uploads it. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "signed_evidence_id")
  private Evidence signedReport;

  @Column(name = "returned_at")
  private Instant returnedAt;

  @Column(name = "returned_by", length = 60)
  private String returnedBy;

  @Column(name = "return_reason", length = REASON_LENGTH)
  private String returnReason;

  @ElementCollection
  @CollectionTable(name = "submitted_score", joinColumns = @JoinColumn(name = "submission_id"))
  private List<SubmittedScore> scores = new ArrayList<>();

  protected Submission() {}

  public Submission(
      Assessment assessment,
      Campaign campaign,
      List<SubmittedScore> snapshot,
      boolean late,
      String by,
      Instant at) {
    this.assessment = Objects.requireNonNull(assessment);
    this.campaign = Objects.requireNonNull(campaign);
    take(snapshot, late, by, at);
  }

  /** Submits again after the province returned it, with a new snapshot. */
  public void resubmit(List<SubmittedScore> snapshot, boolean late, String by, Instant at) {
    if (status != SubmissionStatus.RETURNED) {
      throw new AppraisalRefusal("submission", "appraisal.submission.alreadySubmitted");
    }
    take(snapshot, late, by, at);
  }

  private void take(List<SubmittedScore> snapshot, boolean isLate, String by, Instant at) {
    this.scores.clear();
    this.scores.addAll(snapshot);
    this.status = SubmissionStatus.SUBMITTED;
    this.late = isLate;
    this.submittedBy = Objects.requireNonNull(by);
    this.submittedAt = Objects.requireNonNull(at);
  }

  /** The province hands the whole submission back, before appraisal starts, saying why. */
  public void returnToUnit(String reason, String by, Instant at) {
    if (status != SubmissionStatus.SUBMITTED) {
      throw new AppraisalRefusal("submission", "appraisal.submission.notSubmitted");
    }
    campaign.requireAppraisalNotStarted();
    String clean = reason == null ? "" : CleanText.multiline("reason", reason).strip();
    if (clean.isEmpty() || clean.length() > REASON_LENGTH) {
      throw new AppraisalRefusal("reason", "appraisal.reason.required", REASON_LENGTH);
    }
    this.status = SubmissionStatus.RETURNED;
    this.returnReason = clean;
    this.returnedBy = Objects.requireNonNull(by);
    this.returnedAt = Objects.requireNonNull(at);
  }

  public void attachSignedReport(Evidence scan) {
    this.signedReport = Objects.requireNonNull(scan);
  }

  /** The unit may change nothing of its self-assessment while the province holds it. */
  public boolean freezesSelfScores() {
    return status == SubmissionStatus.SUBMITTED;
  }

  public Optional<SubmittedScore> scoreOf(long criterionId) {
    return scores.stream().filter(s -> s.criterion().id() == criterionId).findFirst();
  }

  public Long id() {
    return id;
  }

  public Assessment assessment() {
    return assessment;
  }

  public Campaign campaign() {
    return campaign;
  }

  public SubmissionStatus status() {
    return status;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public boolean late() {
    return late;
  }

  public Optional<Evidence> signedReport() {
    return Optional.ofNullable(signedReport);
  }

  public Instant returnedAt() {
    return returnedAt;
  }

  public String returnedBy() {
    return returnedBy;
  }

  public String returnReason() {
    return returnReason;
  }

  public List<SubmittedScore> scores() {
    return List.copyOf(scores);
  }
}
