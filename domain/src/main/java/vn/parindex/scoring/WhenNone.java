package vn.parindex.scoring;

/**
 * What a ratio criterion earns when its total is 0, i.e. nothing of the kind happened during the
 * year ("không phát sinh"): an office with no inspection findings cannot have handled any of them,
 * and the index says whether that counts as full marks or as nothing.
 */
public enum WhenNone {
  /** A total of 0 earns the max. */
  FULL("full"),
  /** A total of 0 earns 0. */
  ZERO("zero");

  private final String code;

  WhenNone(String code) {
    this.code = code;
  }

  /** Returns the spelling used in the index files, {@code "full"} or {@code "zero"}. */
  public String code() {
    return code;
  }

  /**
   * Returns the value spelled {@code code} in the index files.
   *
   * @throws IllegalArgumentException if no value is spelled that way
   */
  public static WhenNone fromCode(String code) {
    for (WhenNone value : values()) {
      if (value.code.equals(code)) {
        return value;
      }
    }
    throw new IllegalArgumentException("Unknown when_none value: " + code);
  }
}
