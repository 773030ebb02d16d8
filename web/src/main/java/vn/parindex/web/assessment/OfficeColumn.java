package vn.parindex.web.assessment;

import java.io.Serializable;

/**
 * An office as a column of the assignment matrix: a short label for the narrow header, the full
 * name for its tooltip, and how many criteria it holds.
 */
public record OfficeColumn(
    String code, String label, String name, boolean consolidator, int criteria)
    implements Serializable {

  /** The word every office name starts with in Vietnamese; the header has no room for it. */
  private static final String OFFICE_WORD = "Phòng ";

  static String shortLabel(String name) {
    return name.startsWith(OFFICE_WORD) && name.length() > OFFICE_WORD.length()
        ? name.substring(OFFICE_WORD.length())
        : name;
  }
}
