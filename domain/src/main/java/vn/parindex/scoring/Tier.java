package vn.parindex.scoring;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One step of a {@link RatioTiersRule}: a ratio of at least {@code minRatio} earns {@code points}.
 *
 * @param minRatio the inclusive lower bound of the ratio, not negative; may exceed 1 because an
 *     achieved amount may exceed its total
 * @param points the absolute points earned, not a fraction of the max
 */
public record Tier(BigDecimal minRatio, Points points) implements Serializable {

  /** Checks that both values are present and that the bound is not negative. */
  public Tier {
    Objects.requireNonNull(minRatio, "minRatio");
    Objects.requireNonNull(points, "points");
    if (minRatio.signum() < 0) {
      throw new IllegalArgumentException("A tier's min ratio must not be negative: " + minRatio);
    }
  }
}
