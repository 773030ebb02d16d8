package vn.parindex.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.parindex.assessment.Assessment;
import vn.parindex.catalogue.AssessmentMethod;
import vn.parindex.catalogue.Criterion;
import vn.parindex.evidence.Evidence;
import vn.parindex.kernel.CleanText;
import vn.parindex.kernel.Refusal;
import vn.parindex.scoring.Points;

/**
 * Bonus or penalty points the province gave a unit on one bonus or penalty node of its index, with
 * the reason and, optionally, the document behind them. Never self-assessed: the Sở Nội vụ or the
 * appraiser given the node enters them.
 */
@Entity
@NamedQuery(
    name = Adjustment.OF_ASSESSMENT,
    query = "select j from Adjustment j where j.assessment = :assessment")
@Table(
    name = "adjustment",
    uniqueConstraints = @UniqueConstraint(columnNames = {"assessment_id", "criterion_id"}))
public class Adjustment {
  /** Every adjustment of a unit: parameter "assessment". */
  public static final String OF_ASSESSMENT = "Adjustment.ofAssessment";

  public static final int REASON_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assessment_id", nullable = false)
  private Assessment assessment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "criterion_id", nullable = false)
  private Criterion criterion;

  @Column(name = "points", precision = 7, scale = 2, nullable = false)
  private BigDecimal points;

  @Column(name = "reason", length = REASON_LENGTH, nullable = false)
  private String reason;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "evidence_id")
  private Evidence evidence;

  @Column(name = "entered_by", length = 60, nullable = false)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false)
  private Instant enteredAt;

  protected Adjustment() {}

  /**
   * The first entry on a bonus or penalty node.
   *
   * @throws Refusal (400) when the node is neither bonus nor penalty, the points are outside 0..max
   *     or the reason is missing
   */
  public Adjustment(
      Assessment assessment,
      Criterion criterion,
      BigDecimal points,
      String reason,
      Evidence evidence,
      String by,
      Instant at) {
    this.assessment = Objects.requireNonNull(assessment, "assessment");
    if (!criterion.method().isAdjustment()) {
      throw Refusal.invalid("code", "adjustment.notAdjustment", criterion.code().toString());
    }
    this.criterion = criterion;
    enter(points, reason, evidence, by, at);
  }

  /**
   * Replaces the points, reason and document, as the province corrected them.
   *
   * @throws Refusal (400) when the points are outside 0..max or the reason is missing
   */
  public void enter(BigDecimal newPoints, String why, Evidence document, String by, Instant at) {
    BigDecimal max = criterion.maxPoints().toBigDecimal();
    if (newPoints == null || newPoints.signum() < 0 || newPoints.compareTo(max) > 0) {
      throw Refusal.invalid(
          "points", "adjustment.points.range", criterion.code().toString(), max.toPlainString());
    }
    String clean = why == null ? "" : CleanText.multiline("reason", why).strip();
    if (clean.isEmpty() || clean.length() > REASON_LENGTH) {
      throw Refusal.invalid("reason", "adjustment.reason.required", REASON_LENGTH);
    }
    if (by == null || by.isBlank()) {
      throw new IllegalArgumentException("Who entered the points must be known");
    }
    this.points = Points.of(newPoints).toBigDecimal();
    this.reason = clean;
    this.evidence = document;
    this.enteredBy = by;
    this.enteredAt = Objects.requireNonNull(at, "at");
  }

  /** Entities are equal when they are the same row; a new one only to itself. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Adjustment other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Adjustment.class.hashCode();
  }

  public Long id() {
    return id;
  }

  public Assessment assessment() {
    return assessment;
  }

  public Criterion criterion() {
    return criterion;
  }

  public boolean isPenalty() {
    return criterion.method() == AssessmentMethod.PENALTY;
  }

  public Points points() {
    return Points.of(points);
  }

  public String reason() {
    return reason;
  }

  public Optional<Evidence> evidence() {
    return Optional.ofNullable(evidence);
  }

  public String enteredBy() {
    return enteredBy;
  }

  public Instant enteredAt() {
    return enteredAt;
  }
}
