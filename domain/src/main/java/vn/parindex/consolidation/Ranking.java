package vn.parindex.consolidation;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import vn.parindex.scoring.Points;

/**
 * The units of one year ranked by their grand total, as the province does after its appraisal: the
 * highest total first; equal totals share a rank and the next rank skips (1, 2, 2, 4), and units of
 * equal total are listed by name in Vietnamese order.
 */
public final class Ranking {
  private Ranking() {}

  /** One unit's totals before ranking. */
  public record UnitTotal(
      long assessmentId,
      long unitId,
      String unitName,
      Points selfAssessed,
      Points survey,
      Points grandTotal,
      Points totalMax,
      String band,
      int unscored) {
    public UnitTotal {
      Objects.requireNonNull(unitName, "unitName");
      Objects.requireNonNull(grandTotal, "grandTotal");
    }

    /** Still provisional: some lead criterion unscored, or the survey part not entered. */
    public boolean provisional() {
      return unscored > 0 || survey == null;
    }
  }

  /** A unit with its place. */
  public record Ranked(int rank, UnitTotal unit) {}

  public static List<Ranked> of(List<UnitTotal> units) {
    return competition(units, u -> u.grandTotal().toBigDecimal(), UnitTotal::unitName).stream()
        .map(p -> new Ranked(p.rank(), p.item()))
        .toList();
  }

  /** Anything with its place in a competition ranking. */
  public record Place<T>(int rank, T item) {}

  /**
   * Competition ranking of anything with a total and a name: the highest total first, equal totals
   * (compared as numbers, so 80 equals 80.00) share a rank and the next rank skips, ties listed by
   * name in Vietnamese order.
   */
  public static <T> List<Place<T>> competition(
      Collection<T> items, Function<T, BigDecimal> total, Function<T, String> name) {
    Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
    List<T> ordered = new ArrayList<>(items);
    ordered.sort(
        Comparator.comparing(total, Comparator.reverseOrder())
            .thenComparing(name, vietnamese::compare));
    List<Place<T>> placed = new ArrayList<>(ordered.size());
    for (int i = 0; i < ordered.size(); i++) {
      T item = ordered.get(i);
      boolean tie = i > 0 && total.apply(ordered.get(i - 1)).compareTo(total.apply(item)) == 0;
      placed.add(new Place<>(tie ? placed.get(i - 1).rank() : i + 1, item));
    }
    return List.copyOf(placed);
  }
}
