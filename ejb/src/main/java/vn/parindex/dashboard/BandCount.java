package vn.parindex.dashboard;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many units of a block are in one band.
 *
 * @param band null for the units without one (a version without bands, or no total yet)
 */
public record BandCount(String band, int units) implements Serializable {

  /** The bands in the order of the ranking, best first, those without a band last. */
  static List<BandCount> of(List<DashboardBlock.Unit> ranked) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    int without = 0;
    for (DashboardBlock.Unit unit : ranked) {
      if (unit.band() == null) {
        without++;
      } else {
        counts.merge(unit.band(), 1, Integer::sum);
      }
    }
    List<BandCount> bands = new ArrayList<>();
    counts.forEach((band, units) -> bands.add(new BandCount(band, units)));
    if (without > 0) {
      bands.add(new BandCount(null, without));
    }
    return List.copyOf(bands);
  }
}
