package vn.parindex.appraisal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.parindex.scoring.Points;

/** Builds a criterion's {@link AppraisalOutcome} from its stored decisions. */
final class Outcomes {
  private Outcomes() {}

  static AppraisalOutcome of(Points self, Collection<AppraisedScore> decisions, int rounds) {
    List<Optional<Points>> byRound = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      byRound.add(Optional.empty());
    }
    for (AppraisedScore decision : decisions) {
      byRound.set(decision.round().number() - 1, Optional.of(decision.points()));
    }
    return new AppraisalOutcome(self, byRound);
  }
}
