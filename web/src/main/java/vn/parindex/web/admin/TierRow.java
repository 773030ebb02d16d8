package vn.parindex.web.admin;

import java.io.Serializable;
import java.math.BigDecimal;
import vn.parindex.catalogue.TierDefinition;

/** One editable row of a ratio-tier table: the lowest ratio in percent and the points it earns. */
public class TierRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private BigDecimal minPercent;
  private BigDecimal points;

  public TierRow() {}

  TierRow(BigDecimal minPercent, BigDecimal points) {
    this.minPercent = minPercent;
    this.points = points;
  }

  static TierRow of(TierDefinition tier) {
    return new TierRow(Percent.of(tier.minRatio()), tier.points());
  }

  TierDefinition definition() {
    return new TierDefinition(Percent.toFraction(minPercent), points);
  }

  public BigDecimal getMinPercent() {
    return minPercent;
  }

  public void setMinPercent(BigDecimal minPercent) {
    this.minPercent = minPercent;
  }

  public BigDecimal getPoints() {
    return points;
  }

  public void setPoints(BigDecimal points) {
    this.points = points;
  }
}
