package vn.parindex.consolidation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import vn.parindex.catalogue.Banding;
import vn.parindex.catalogue.ClassificationBand;
import vn.parindex.scoring.Points;

/**
 * The classification band a total reaches. Each band is reached from its inclusive lower bound
 * ({@code min_total}): a total exactly on a bound belongs to the higher band, one hundredth below
 * it to the band beneath. Totals are compared at two places, as {@link Points} carries them. Bands
 * in percent of the maximum are a version's {@link Banding}.
 */
public final class Bands {
  private Bands() {}

  /** The label of the highest band whose lower bound the total meets; empty below every band. */
  public static Optional<String> of(Points total, List<ClassificationBand> bands) {
    return of(total.toBigDecimal(), bands);
  }

  /**
   * The same for a total that may be negative or above the maximum, where the version neither caps
   * nor floors it.
   */
  public static Optional<String> of(BigDecimal total, List<ClassificationBand> bands) {
    return Banding.inPoints(bands).of(total);
  }
}
