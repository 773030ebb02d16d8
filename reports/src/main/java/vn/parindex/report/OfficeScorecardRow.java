package vn.parindex.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of an office's own scorecard: an area heading (with the office's subtotal in it) or one
 * of the office's criteria with what the office entered.
 *
 * @param stt the running number as printed (I, 1, 2 ...)
 * @param code the criterion or area code
 * @param name the area or criterion name
 * @param level {@link RowLevel#AREA} for a heading, otherwise the criterion's level
 * @param maxPoints the maximum points (for an area: the sum over the office's criteria in it)
 * @param inputs what the office entered, as words ("Đạt 3/4"), or {@code null}
 * @param points the self-assessed points, or {@code null} when not scored
 * @param evidence the supporting documents, one per line, or {@code null}
 * @param explanation the office's explanation, or {@code null}
 * @param status the status in words ("Đã gửi"), or {@code null} for an area
 */
public record OfficeScorecardRow(
    String stt,
    String code,
    String name,
    RowLevel level,
    BigDecimal maxPoints,
    String inputs,
    BigDecimal points,
    String evidence,
    String explanation,
    String status) {

  public OfficeScorecardRow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
  }

  Object field(String field) {
    return switch (field) {
      case "stt" -> stt;
      case "code" -> code;
      case "name" -> name;
      case "level" -> level.name();
      case "maxPoints" -> maxPoints;
      case "inputs" -> inputs;
      case "points" -> points;
      case "evidence" -> evidence;
      case "explanation" -> explanation;
      case "status" -> status;
      default -> throw new IllegalArgumentException("Unknown office scorecard field: " + field);
    };
  }
}
