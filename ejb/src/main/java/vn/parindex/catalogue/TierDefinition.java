package vn.parindex.catalogue;

import java.io.Serializable;
import java.math.BigDecimal;

/** One row of a ratio-tier table as an editor or a file gives it. */
public record TierDefinition(BigDecimal minRatio, BigDecimal points) implements Serializable {
  ScoringTier toTier() {
    return new ScoringTier(minRatio, points);
  }

  static TierDefinition of(ScoringTier tier) {
    return new TierDefinition(tier.minRatio(), tier.points());
  }
}
