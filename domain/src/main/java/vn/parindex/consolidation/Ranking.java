package vn.parindex.consolidation;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
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
    Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
    List<UnitTotal> ordered = new ArrayList<>(units);
    ordered.sort(
        Comparator.comparing((UnitTotal u) -> u.grandTotal().toBigDecimal())
            .reversed()
            .thenComparing(UnitTotal::unitName, vietnamese));
    List<Ranked> ranked = new ArrayList<>(ordered.size());
    for (int i = 0; i < ordered.size(); i++) {
      UnitTotal unit = ordered.get(i);
      boolean tie =
          i > 0
              && ordered
                      .get(i - 1)
                      .grandTotal()
                      .toBigDecimal()
                      .compareTo(unit.grandTotal().toBigDecimal())
                  == 0;
      ranked.add(new Ranked(tie ? ranked.get(i - 1).rank() : i + 1, unit));
    }
    return List.copyOf(ranked);
  }
}
