package vn.parindex.catalogue;

import java.util.Locale;

/**
 * Who scores a node: the unit itself, the province through its sociological survey, or the province
 * adding bonus or taking penalty points after the appraisal. Bonus and penalty nodes carry their
 * maximum, are never self-scored and do not add to the version's maximum.
 */
public enum AssessmentMethod {
  SELF_ASSESSED("self"),
  SURVEY("survey"),
  BONUS("bonus"),
  PENALTY("penalty");

  private final String code;

  AssessmentMethod(String code) {
    this.code = code;
  }

  /** The word the API and the YAML format use. */
  public String code() {
    return code;
  }

  /** Bonus or penalty: points the province enters on top of the appraised and survey points. */
  public boolean isAdjustment() {
    return this == BONUS || this == PENALTY;
  }

  /** The method a code names; anything unknown is self-assessed, as before there were others. */
  public static AssessmentMethod fromCode(String code) {
    String key = code.trim().toLowerCase(Locale.ROOT);
    for (AssessmentMethod method : values()) {
      if (method.code.equals(key)) {
        return method;
      }
    }
    return SELF_ASSESSED;
  }
}
