package vn.parindex.report;

import java.math.BigDecimal;

/**
 * One printed line of the self-assessment report, whichever section it belongs to: the template has
 * one detail band per kind (see self-assessment-report.jrxml), the sections are its groups.
 *
 * @param section 1 the areas and totals, 2 the criteria with gaps, 3 difficulties and proposals
 * @param heading the section's heading, the same on every line of the section
 * @param kind AREA, TOTAL (a bold table row), GAP, NOTE (a paragraph), SUB (a bold paragraph)
 */
record SelfAssessmentLine(
    int section,
    String heading,
    String kind,
    String stt,
    String code,
    String name,
    BigDecimal maxPoints,
    BigDecimal points,
    BigDecimal percent,
    String text,
    String explanation) {

  static SelfAssessmentLine paragraph(int section, String heading, String kind, String text) {
    return new SelfAssessmentLine(
        section, heading, kind, null, null, null, null, null, null, text, null);
  }

  Object field(String field) {
    return switch (field) {
      case "section" -> section;
      case "heading" -> heading;
      case "kind" -> kind;
      case "stt" -> stt;
      case "code" -> code;
      case "name" -> name;
      case "maxPoints" -> maxPoints;
      case "points" -> points;
      case "percent" -> percent;
      case "text" -> text;
      case "explanation" -> explanation;
      default -> throw new IllegalArgumentException("Unknown self-assessment field: " + field);
    };
  }
}
