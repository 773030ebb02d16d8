package vn.parindex.scoring;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The six ways a criterion of the index can be scored, as spelled in the index YAML files. */
public enum RuleType {
  /** The office types the score itself, in fixed steps. */
  MANUAL("manual", EnumSet.of(InputField.POINTS)),
  /** All or nothing: met earns the max, not met earns 0. */
  BINARY("binary", EnumSet.of(InputField.MET)),
  /** On time, late (a fraction of the max) or not done. */
  TIMELINESS("timeliness", EnumSet.of(InputField.TIMELINESS)),
  /** Achieved over total, mapped to points by thresholds. */
  RATIO_TIERS("ratio_tiers", EnumSet.of(InputField.ACHIEVED, InputField.TOTAL)),
  /** Achieved over total, times the max. */
  PROPORTIONAL("proportional", EnumSet.of(InputField.ACHIEVED, InputField.TOTAL)),
  /** The max minus a fixed amount per violation. */
  DEDUCTION("deduction", EnumSet.of(InputField.VIOLATIONS));

  private final String code;
  private final Set<InputField> inputs;

  RuleType(String code, EnumSet<InputField> inputs) {
    this.code = code;
    // An unmodifiable EnumSet keeps declaration order, which is the order a form shows the fields.
    this.inputs = Collections.unmodifiableSet(inputs);
  }

  /** Returns the spelling used in the index files, e.g. {@code "ratio_tiers"}. */
  public String code() {
    return code;
  }

  /** Returns the inputs an office must enter for a criterion scored this way. */
  public Set<InputField> inputs() {
    return inputs;
  }

  /**
   * Returns the type spelled {@code code} in the index files.
   *
   * @throws IllegalArgumentException if no type is spelled that way
   */
  public static RuleType fromCode(String code) {
    for (RuleType type : values()) {
      if (type.code.equals(code)) {
        return type;
      }
    }
    throw new IllegalArgumentException("Unknown scoring rule type: " + code);
  }
}
