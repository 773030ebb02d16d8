package vn.parindex.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import vn.parindex.scoring.Points;
import vn.parindex.scoring.Tier;

/** One row of a ratio-tier table, as stored. */
@Embeddable
public class ScoringTier {
  @Column(name = "min_ratio", precision = 9, scale = 4, nullable = false)
  private BigDecimal minRatio;

  @Column(name = "points", precision = 7, scale = 2, nullable = false)
  private BigDecimal points;

  protected ScoringTier() {}

  public ScoringTier(BigDecimal minRatio, BigDecimal points) {
    this.minRatio = minRatio;
    this.points = points;
  }

  boolean sameAs(ScoringTier other) {
    return RuleDefinition.sameValue(minRatio, other.minRatio)
        && RuleDefinition.sameValue(points, other.points);
  }

  Tier toTier() {
    return new Tier(minRatio, Points.of(points));
  }

  public BigDecimal minRatio() {
    return minRatio;
  }

  public BigDecimal points() {
    return points;
  }
}
