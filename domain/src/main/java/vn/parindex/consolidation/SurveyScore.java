package vn.parindex.consolidation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import vn.parindex.assessment.Assessment;
import vn.parindex.catalogue.AssessmentMethod;
import vn.parindex.catalogue.Criterion;
import vn.parindex.scoring.Points;

/**
 * The points the province gave a unit for one survey criterion (điều tra xã hội học), entered by
 * the consolidating office. Never self-assessed: no office is assigned a survey criterion.
 */
@Entity
@Table(
    name = "survey_score",
    uniqueConstraints = @UniqueConstraint(columnNames = {"assessment_id", "criterion_id"}))
public class SurveyScore {
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

  @Column(name = "entered_by", length = 60, nullable = false)
  private String enteredBy;

  @Column(name = "entered_at", nullable = false)
  private Instant enteredAt;

  protected SurveyScore() {}

  /**
   * The first entry for a survey criterion.
   *
   * @throws IllegalArgumentException if the criterion is not scored by survey, or the points are
   *     above its max
   */
  public SurveyScore(
      Assessment assessment, Criterion criterion, Points points, String by, Instant at) {
    this.assessment = Objects.requireNonNull(assessment, "assessment");
    if (criterion.method() != AssessmentMethod.SURVEY) {
      throw new IllegalArgumentException(criterion.code() + " is not scored by survey");
    }
    this.criterion = criterion;
    enter(points, by, at);
  }

  /**
   * Replaces the points, as the province corrected them.
   *
   * @throws IllegalArgumentException if the points are above the criterion's max
   */
  public void enter(Points newPoints, String by, Instant at) {
    Objects.requireNonNull(newPoints, "points");
    if (newPoints.isGreaterThan(criterion.maxPoints())) {
      throw new IllegalArgumentException(
          "Survey points " + newPoints + " above the max " + criterion.maxPoints());
    }
    if (by == null || by.isBlank()) {
      throw new IllegalArgumentException("Who entered the points must be known");
    }
    this.points = newPoints.toBigDecimal();
    this.enteredBy = by;
    this.enteredAt = Objects.requireNonNull(at, "at");
  }

  /** Entities are equal when they are the same row; a new one only to itself. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof SurveyScore other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return SurveyScore.class.hashCode();
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

  public Points points() {
    return Points.of(points);
  }

  public String enteredBy() {
    return enteredBy;
  }

  public Instant enteredAt() {
    return enteredAt;
  }

  public long rowVersion() {
    return rowVersion;
  }
}
