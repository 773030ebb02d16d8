package vn.parindex.catalogue;

import java.util.Locale;

/** The three levels of an index: area (lĩnh vực), criterion (TC), component criterion (TCTP). */
public enum NodeKind {
  AREA,
  CRITERION,
  COMPONENT;

  /** The level a code of that many segments names: 1 an area, 2 a criterion, 3 a component. */
  public static NodeKind atDepth(int depth) {
    return switch (depth) {
      case 1 -> AREA;
      case 2 -> CRITERION;
      case 3 -> COMPONENT;
      default -> throw new IllegalArgumentException("An index has three levels, not " + depth);
    };
  }

  public int depth() {
    return ordinal() + 1;
  }

  public static NodeKind fromCode(String code) {
    return valueOf(code.trim().toUpperCase(Locale.ROOT));
  }
}
