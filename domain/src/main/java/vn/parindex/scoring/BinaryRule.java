package vn.parindex.scoring;

import java.util.Objects;

/** All or nothing: a requirement that is met earns the max, one that is not earns 0. */
public record BinaryRule() implements ScoringRule {

  @Override
  public RuleType type() {
    return RuleType.BINARY;
  }

  @Override
  public Points score(ScoreInputs inputs, Points max) {
    Objects.requireNonNull(max, "max");
    Boolean met = inputs.met();
    if (met == null) {
      throw InvalidScoreInputsException.required(InputField.MET);
    }
    return met ? max : Points.ZERO;
  }
}
