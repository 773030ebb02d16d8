package vn.parindex.catalogue;

import java.util.Locale;

/** The three levels of an index: area (lĩnh vực), criterion (TC), component criterion (TCTP). */
public enum NodeKind {
  AREA,
  CRITERION,
  COMPONENT;

  public static NodeKind fromCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }
}
