package vn.parindex.catalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.parindex.scoring.Points;

/**
 * How a version classifies a total: its bands, each reached from its inclusive lower bound, in
 * points or in percent of the maximum. A percentage is compared as the results publish it (two
 * places, half up), so that a unit shown at 90,00 % is never placed below a band from 90 %.
 *
 * @param scale what the bounds are measured in
 * @param max the version's maximum, which a percentage is of
 * @param bands the bands, in any order
 */
public record Banding(BandScale scale, BigDecimal max, List<ClassificationBand> bands) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Banding {
    Objects.requireNonNull(scale, "scale");
    bands = List.copyOf(bands);
  }

  /** Bands in points, where no maximum is needed. */
  public static Banding inPoints(List<ClassificationBand> bands) {
    return new Banding(BandScale.POINTS, null, bands);
  }

  /** The label of the highest band whose lower bound the total meets; empty below every band. */
  public Optional<String> of(Points total) {
    return of(total.toBigDecimal());
  }

  /**
   * The same for a total that may be negative or above the maximum, where the version neither caps
   * nor floors it.
   */
  public Optional<String> of(BigDecimal total) {
    if (scale == BandScale.PERCENT && (max == null || max.signum() <= 0)) {
      return Optional.empty(); // a draft without its maximum yet: no percentage to band
    }
    BigDecimal measured = measure(total.setScale(Points.SCALE, Points.ROUNDING));
    return bands.stream()
        .sorted(Comparator.comparing(ClassificationBand::minTotal).reversed())
        .filter(b -> measured.compareTo(b.minTotal()) >= 0)
        .map(ClassificationBand::label)
        .findFirst();
  }

  /** The total in the unit the bounds are given in. */
  private BigDecimal measure(BigDecimal total) {
    if (scale == BandScale.POINTS) {
      return total;
    }
    return total.multiply(HUNDRED).divide(max, 2, RoundingMode.HALF_UP);
  }
}
