package vn.parindex.appraisal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * One criterion of a unit's appraisal result: the unit's own score, each round's standing score,
 * the final score and the difference, the latest reason given and the unit's answers.
 *
 * @param rounds the score standing after each round, in order (the previous one where a round did
 *     not decide)
 */
public record AppraisalLine(
    String code,
    String name,
    BigDecimal max,
    BigDecimal self,
    List<BigDecimal> rounds,
    BigDecimal finalPoints,
    BigDecimal difference,
    String reason,
    List<ExplanationView> explanations)
    implements Serializable {
  public boolean changed() {
    return difference.signum() != 0;
  }
}
