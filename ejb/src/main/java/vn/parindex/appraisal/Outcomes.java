package vn.parindex.appraisal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.parindex.scoring.Points;

/**
 * Builds a criterion's {@link AppraisalOutcome} from its decisions, taken as plain values so that
 * campaign-wide reads need not build an entity per decision.
 */
final class Outcomes {
  /** What an outcome needs of a decision: its round (1-based) and its points. */
  record Decided(int round, Points points) {}

  private Outcomes() {}

  static AppraisalOutcome of(Points self, Collection<Decided> decisions, int rounds) {
    List<Optional<Points>> byRound = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      byRound.add(Optional.empty());
    }
    for (Decided decision : decisions) {
      byRound.set(decision.round() - 1, Optional.of(decision.points()));
    }
    return new AppraisalOutcome(self, byRound);
  }
}
