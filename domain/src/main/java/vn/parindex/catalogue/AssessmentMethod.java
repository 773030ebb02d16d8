package vn.parindex.catalogue;

/** Who scores a node: the unit itself, or the province through its sociological survey. */
public enum AssessmentMethod {
  SELF_ASSESSED,
  SURVEY;

  public static AssessmentMethod fromCode(String code) {
    return "survey".equalsIgnoreCase(code.trim()) ? SURVEY : SELF_ASSESSED;
  }
}
