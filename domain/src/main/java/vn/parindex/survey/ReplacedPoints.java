package vn.parindex.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Optional;
import vn.parindex.scoring.Points;

/**
 * One survey value an import wrote, by ids, with the points it replaced (none for a first entry):
 * the import's own record of what it changed, which a later import never rewrites.
 */
@Embeddable
public class ReplacedPoints {
  @Column(name = "assessment_id", nullable = false)
  private long assessmentId;

  @Column(name = "criterion_id", nullable = false)
  private long criterionId;

  @Column(name = "previous_points", precision = 7, scale = 2)
  private BigDecimal previous;

  @Column(name = "points", precision = 7, scale = 2, nullable = false)
  private BigDecimal points;

  protected ReplacedPoints() {}

  public ReplacedPoints(long assessmentId, long criterionId, Points previous, Points points) {
    this.assessmentId = assessmentId;
    this.criterionId = criterionId;
    this.previous = previous == null ? null : previous.toBigDecimal();
    this.points = points.toBigDecimal();
  }

  public long assessmentId() {
    return assessmentId;
  }

  public long criterionId() {
    return criterionId;
  }

  public Optional<Points> previous() {
    return Optional.ofNullable(previous).map(Points::of);
  }

  public Points points() {
    return Points.of(points);
  }

  /** Whether the import changed the value: a first entry, or other points than before. */
  public boolean changed() {
    return previous == null || previous.compareTo(points) != 0;
  }
}
