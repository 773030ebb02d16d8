package vn.parindex.appraisal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import vn.parindex.scoring.Points;

/** What the appraisers decided on a criterion in one round, and why. */
public record RoundDecision(
    int round, BigDecimal points, String reason, String appraisedBy, Instant appraisedAt)
    implements Serializable {
  static RoundDecision of(AppraisedScore score) {
    return new RoundDecision(
        score.round().number(),
        score.points().toBigDecimal(),
        score.reason(),
        score.appraisedBy(),
        score.appraisedAt());
  }

  /** What the criterion's outcome takes of the decision. */
  Outcomes.Decided decided() {
    return new Outcomes.Decided(round, Points.of(points));
  }
}
