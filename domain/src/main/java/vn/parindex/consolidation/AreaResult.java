package vn.parindex.consolidation;

import java.math.BigDecimal;
import java.util.Optional;
import vn.parindex.scoring.Points;

/**
 * An area's consolidated points against its max, and the percentage of the max (two places,
 * half-up); both absent while none of its criteria is scored.
 */
public record AreaResult(long nodeId, Points maxPoints, Points points, BigDecimal percent) {
  public Optional<Points> scored() {
    return Optional.ofNullable(points);
  }
}
