package vn.parindex.catalogue;

/** The three levels of an index: area (lĩnh vực), criterion (TC), component criterion (TCTP). */
public enum NodeKind {
  AREA,
  CRITERION,
  COMPONENT;

  public static NodeKind fromCode(String code) {
    return valueOf(code.trim().toUpperCase(java.util.Locale.ROOT));
  }
}
