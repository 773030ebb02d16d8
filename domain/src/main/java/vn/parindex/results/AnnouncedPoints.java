package vn.parindex.results;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A unit's final points in one area of an announced block; none where nothing was decided. */
@Embeddable
public class AnnouncedPoints {
  @Column(name = "assessment_id", nullable = false)
  private long assessmentId;

  @Column(name = "area_index", nullable = false)
  private int areaIndex;

  @Column(name = "points", precision = 7, scale = 2)
  private BigDecimal points;

  protected AnnouncedPoints() {}

  public AnnouncedPoints(long assessmentId, int areaIndex, BigDecimal points) {
    this.assessmentId = assessmentId;
    this.areaIndex = areaIndex;
    this.points = points;
  }

  public long assessmentId() {
    return assessmentId;
  }

  public int areaIndex() {
    return areaIndex;
  }

  public BigDecimal points() {
    return points;
  }
}
