package vn.parindex.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import vn.parindex.scoring.Points;

/** A criterion's final score as the council approved it, by ids: the snapshot never changes. */
@Embeddable
public class ApprovedScore {
  @Column(name = "assessment_id", nullable = false)
  private long assessmentId;

  @Column(name = "criterion_id", nullable = false)
  private long criterionId;

  @Column(name = "points", precision = 7, scale = 2, nullable = false)
  private BigDecimal points;

  protected ApprovedScore() {}

  public ApprovedScore(long assessmentId, long criterionId, Points points) {
    this.assessmentId = assessmentId;
    this.criterionId = criterionId;
    this.points = points.toBigDecimal();
  }

  public long assessmentId() {
    return assessmentId;
  }

  public long criterionId() {
    return criterionId;
  }

  public Points points() {
    return Points.of(points);
  }
}
