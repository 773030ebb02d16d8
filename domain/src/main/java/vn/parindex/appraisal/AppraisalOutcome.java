package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.parindex.scoring.Points;

/**
 * What a criterion ends with: the latest round's appraised score, or the unit's own where no
 * appraiser decided. A round without a decision on the criterion leaves the one before standing.
 *
 * @param self the unit's submitted score
 * @param byRound the appraised score of each round in order, empty where the round did not decide
 */
public record AppraisalOutcome(Points self, List<Optional<Points>> byRound) {
  public AppraisalOutcome {
    Objects.requireNonNull(self, "self");
    byRound = List.copyOf(byRound);
  }

  public Points finalPoints() {
    Points latest = self;
    for (Optional<Points> decided : byRound) {
      if (decided.isPresent()) {
        latest = decided.get();
      }
    }
    return latest;
  }

  /** The score stands after round n (1-based): that round's decision or the latest before it. */
  public Points after(int round) {
    return new AppraisalOutcome(self, byRound.subList(0, Math.min(round, byRound.size())))
        .finalPoints();
  }

  /** Whether the appraisers ended on a score other than the unit's own. */
  public boolean changed() {
    return !finalPoints().equals(self);
  }

  /** The final score less the unit's own: negative when the appraisers took points away. */
  public BigDecimal difference() {
    return finalPoints().toBigDecimal().subtract(self.toBigDecimal());
  }
}
