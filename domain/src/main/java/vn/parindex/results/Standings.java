package vn.parindex.results;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import vn.parindex.catalogue.Banding;
import vn.parindex.catalogue.ClassificationBand;
import vn.parindex.consolidation.Ranking;

/**
 * The units of one block in the order the province announces them: competition ranking on the
 * composed total (ties share a rank, the next rank skips), each with the band its total reaches
 * (inclusive lower bound).
 */
public final class Standings {
  private Standings() {}

  /** A unit with its rank and band; the band is null below every band. */
  public record Standing<T>(T unit, IndexTotal figures, int rank, String band) {}

  public static <T> List<Standing<T>> of(
      Collection<T> units,
      Function<T, String> name,
      Function<T, IndexTotal> figures,
      List<ClassificationBand> bands) {
    return of(units, name, figures, Banding.inPoints(bands));
  }

  /** The same, banded as the version bands: in points or in percent of its maximum. */
  public static <T> List<Standing<T>> of(
      Collection<T> units,
      Function<T, String> name,
      Function<T, IndexTotal> figures,
      Banding banding) {
    return Ranking.competition(units, u -> figures.apply(u).total(), name).stream()
        .map(
            p -> {
              IndexTotal total = figures.apply(p.item());
              return new Standing<>(
                  p.item(), total, p.rank(), banding.of(total.total()).orElse(null));
            })
        .toList();
  }
}
