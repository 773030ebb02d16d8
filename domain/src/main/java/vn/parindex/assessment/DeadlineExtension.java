package vn.parindex.assessment;

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
import vn.parindex.kernel.CleanText;
import vn.parindex.kernel.Refusal;
import vn.parindex.organisation.Office;

/**
 * The consolidator lets one office change its scores after the deadline, until a date, for a
 * reason.
 */
@Entity
@Table(name = "deadline_extension")
public class DeadlineExtension {
  public static final int REASON_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assessment_id", nullable = false)
  private Assessment assessment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "office_id", nullable = false)
  private Office office;

  @Column(name = "until_date", nullable = false)
  private LocalDate until;

  @Column(name = "reason", length = REASON_LENGTH, nullable = false)
  private String reason;

  @Column(name = "granted_by", length = 60, nullable = false)
  private String grantedBy;

  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;

  protected DeadlineExtension() {}

  public DeadlineExtension(
      Assessment assessment, Office office, LocalDate until, String reason, String by, Instant at) {
    if (reason == null || reason.isBlank() || reason.strip().length() > REASON_LENGTH) {
      throw Refusal.invalid("reason", "extension.reasonRequired");
    }
    this.assessment = Objects.requireNonNull(assessment);
    this.office = Objects.requireNonNull(office);
    this.until = Objects.requireNonNull(until);
    this.reason = CleanText.multiline("reason", reason.strip());
    this.grantedBy = Objects.requireNonNull(by);
    this.grantedAt = Objects.requireNonNull(at);
  }

  public boolean covers(LocalDate day) {
    return !day.isAfter(until);
  }

  public Long id() {
    return id;
  }

  public Office office() {
    return office;
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
