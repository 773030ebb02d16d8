package vn.parindex.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.parindex.assessment.Assessment;
import vn.parindex.kernel.CleanText;

/** More time for one unit to explain a round, granted by the Sở Nội vụ with a reason. */
@Entity
@Table(name = "explanation_extension")
public class ExplanationExtension {
  public static final int REASON_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assessment_id", nullable = false)
  private Assessment assessment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id", nullable = false)
  private AppraisalRound round;

  @Column(name = "until_day", nullable = false)
  private LocalDate until;

  @Column(name = "reason", length = REASON_LENGTH, nullable = false)
  private String reason;

  @Column(name = "granted_by", length = 60, nullable = false)
  private String grantedBy;

  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;

  protected ExplanationExtension() {}

  public ExplanationExtension(
      Assessment assessment,
      AppraisalRound round,
      LocalDate until,
      String reason,
      LocalDate today,
      String by,
      Instant at) {
    if (round.explanationUntil() == null) {
      throw new AppraisalRefusal("round", "appraisal.extension.noWindow", round.number());
    }
    if (until == null || until.isBefore(today)) {
      throw new AppraisalRefusal("until", "appraisal.extension.inPast");
    }
    String clean = reason == null ? "" : CleanText.multiline("reason", reason).strip();
    if (clean.isEmpty() || clean.length() > REASON_LENGTH) {
      throw new AppraisalRefusal("reason", "appraisal.reason.required", REASON_LENGTH);
    }
    this.assessment = Objects.requireNonNull(assessment);
    this.round = round;
    this.until = until;
    this.reason = clean;
    this.grantedBy = Objects.requireNonNull(by);
    this.grantedAt = Objects.requireNonNull(at);
  }

  public Long id() {
    return id;
  }

  public Assessment assessment() {
    return assessment;
  }

  public AppraisalRound round() {
    return round;
  }

  public LocalDate until() {
    return until;
  }

  public String reason() {
    return reason;
  }

  public String grantedBy() {
    return grantedBy;
  }

  public Instant grantedAt() {
    return grantedAt;
  }
}
