package vn.parindex.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One printed line of the appraisal summary: an area with its subtotals, a criterion heading with
 * its components' sums, or a scored criterion.
 *
 * @param stt the running number as printed (I, 1, a ...)
 * @param code the area or criterion code
 * @param name its name
 * @param level how the line is printed
 * @param maxPoints the maximum (a sum for an area or a heading)
 * @param selfPoints the unit's own score
 * @param roundOnePoints the score after round 1, or {@code null} before round 1 decided anything
 * @param roundTwoPoints the score after round 2 of three, or {@code null} before round 2 decided
 *     anything
 * @param finalPoints the final score
 * @param reason the appraisers' reason, or {@code null}
 * @param explanation the unit's explanation, or {@code null}
 */
public record AppraisalSummaryRow(
    String stt,
    String code,
    String name,
    RowLevel level,
    BigDecimal maxPoints,
    BigDecimal selfPoints,
    BigDecimal roundOnePoints,
    BigDecimal roundTwoPoints,
    BigDecimal finalPoints,
    String reason,
    String explanation) {

  public AppraisalSummaryRow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
  }

  /** The final score less the unit's own. */
  public BigDecimal difference() {
    return finalPoints == null || selfPoints == null ? null : finalPoints.subtract(selfPoints);
  }

  Object field(String field) {
    return switch (field) {
      case "stt" -> stt;
      case "code" -> code;
      case "name" -> name;
      case "level" -> level.name();
      case "maxPoints" -> maxPoints;
      case "selfPoints" -> selfPoints;
      case "roundOnePoints" -> roundOnePoints;
      case "roundTwoPoints" -> roundTwoPoints;
      case "finalPoints" -> finalPoints;
      case "difference" -> difference();
      case "reason" -> reason;
      case "explanation" -> explanation;
      default -> throw new IllegalArgumentException("Unknown appraisal summary field: " + field);
    };
  }
}
