package vn.parindex.scoring;

import java.io.Serializable;

/**
 * How a criterion turns the inputs an office enters into points, as the index version prescribes.
 *
 * <p>Every rule returns an amount between 0 and the criterion's max, and rejects inputs it cannot
 * score with an {@link InvalidScoreInputsException} rather than guessing: a self-assessment is
 * appraised by the province, and a silently corrected score would be a wrong score.
 */
public sealed interface ScoringRule extends Serializable
    permits ManualRule,
        BinaryRule,
        TimelinessRule,
        RatioTiersRule,
        ProportionalRule,
        DeductionRule {

  /** Returns the kind of rule, which also tells the inputs it reads. */
  RuleType type();

  /**
   * Scores the inputs of one criterion.
   *
   * @param inputs what the office entered; only the fields of {@link RuleType#inputs()} are read
   * @param max the criterion's max points
   * @return the points earned, between 0 and {@code max}
   * @throws InvalidScoreInputsException if a needed input is missing, negative or inconsistent
   */
  Points score(ScoreInputs inputs, Points max);
}
