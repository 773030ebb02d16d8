package vn.parindex.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/**
 * One round of appraisal: appraisers decide until its appraisal date, then the units may explain
 * until its explanation date (the last round has none) and the next round looks at what they said.
 * It closes at its appraisal date, or earlier when the Sở Nội vụ closes it.
 */
@Entity
@Table(name = "appraisal_round")
public class AppraisalRound {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "campaign_id", nullable = false)
  private Campaign campaign;

  @Column(name = "round_number", nullable = false)
  private int number;

  @Column(name = "appraisal_until", nullable = false)
  private LocalDate appraisalUntil;

  @Column(name = "explanation_until")
  private LocalDate explanationUntil;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 12, nullable = false)
  private RoundStatus status;

  @Column(name = "opened_at")
  private Instant openedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "closed_by", length = 60)
  private String closedBy;

  protected AppraisalRound() {}

  AppraisalRound(Campaign campaign, int number, RoundDates dates) {
    this.campaign = Objects.requireNonNull(campaign);
    this.number = number;
    this.status = RoundStatus.PLANNED;
    reschedule(dates);
  }

  final void reschedule(RoundDates dates) {
    this.appraisalUntil = dates.appraisalUntil();
    this.explanationUntil = dates.explanationUntil();
  }

  void open(Instant at) {
    if (status != RoundStatus.PLANNED) {
      throw new AppraisalRefusal("round", "appraisal.round.notPlanned", number);
    }
    this.status = RoundStatus.OPEN;
    this.openedAt = Objects.requireNonNull(at);
  }

  void close(String by, Instant at) {
    if (status != RoundStatus.OPEN) {
      throw new AppraisalRefusal("round", "appraisal.round.notOpen", number);
    }
    this.status = RoundStatus.CLOSED;
    this.closedBy = Objects.requireNonNull(by);
    this.closedAt = Objects.requireNonNull(at);
  }

  /** Appraisers may decide: the round is open and its date has not passed. */
  public boolean acceptsAppraisalOn(LocalDate day) {
    return status == RoundStatus.OPEN && !day.isAfter(appraisalUntil);
  }

  /** The appraisers are done: closed by the Sở Nội vụ, or open past its date. */
  public boolean isOverOn(LocalDate day) {
    return status == RoundStatus.CLOSED
        || (status == RoundStatus.OPEN && day.isAfter(appraisalUntil));
  }

  /**
   * Units may explain the round's results: the appraisers are done and the window runs, to its date
   * or to the unit's extension.
   */
  public boolean acceptsExplanationOn(LocalDate day, LocalDate extendedUntil) {
    if (explanationUntil == null || !isOverOn(day)) {
      return false;
    }
    LocalDate until =
        extendedUntil != null && extendedUntil.isAfter(explanationUntil)
            ? extendedUntil
            : explanationUntil;
    return !day.isAfter(until);
  }

  public Long id() {
    return id;
  }

  public Campaign campaign() {
    return campaign;
  }

  public int number() {
    return number;
  }

  public LocalDate appraisalUntil() {
    return appraisalUntil;
  }

  /** The last day units may explain; absent for the last round. */
  public LocalDate explanationUntil() {
    return explanationUntil;
  }

  public RoundStatus status() {
    return status;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public String closedBy() {
    return closedBy;
  }
}
