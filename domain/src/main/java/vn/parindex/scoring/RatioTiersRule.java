package vn.parindex.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Achieved over total, mapped to points by thresholds: the first tier, highest bound first, whose
 * bound the ratio reaches gives its points. A total of 0 earns what {@code whenNone} says; a ratio
 * below every bound earns 0; a tier configured above the max earns the max.
 *
 * @param whenNone what a total of 0 earns
 * @param tiers the thresholds, kept sorted by bound from the highest; no two share a bound
 */
public record RatioTiersRule(WhenNone whenNone, List<Tier> tiers) implements ScoringRule {

  /** Checks the parameters and keeps an immutable copy of the tiers, highest bound first. */
  public RatioTiersRule {
    Objects.requireNonNull(whenNone, "whenNone");
    Objects.requireNonNull(tiers, "tiers");
    if (tiers.isEmpty()) {
      throw new IllegalArgumentException("A ratio tiers rule needs at least one tier");
    }
    tiers =
        tiers.stream()
            .map(tier -> Objects.requireNonNull(tier, "tier"))
            .sorted(Comparator.comparing(Tier::minRatio).reversed())
            .toList();
    for (int i = 1; i < tiers.size(); i++) {
      // Two tiers with one bound would make the points depend on the order they were written in.
      if (tiers.get(i).minRatio().compareTo(tiers.get(i - 1).minRatio()) == 0) {
        throw new IllegalArgumentException(
            "Two tiers share the min ratio " + tiers.get(i).minRatio());
      }
    }
  }

  @Override
  public RuleType type() {
    return RuleType.RATIO_TIERS;
  }

  @Override
  public Points score(ScoreInputs inputs, Points max) {
    Objects.requireNonNull(max, "max");
    Ratio ratio = Ratio.of(inputs);
    if (ratio.isNone()) {
      return Ratio.whenNone(whenNone, max);
    }
    for (Tier tier : tiers) {
      if (ratio.isAtLeast(tier.minRatio())) {
        return tier.points().atMost(max);
      }
    }
    return Points.ZERO;
  }
}
