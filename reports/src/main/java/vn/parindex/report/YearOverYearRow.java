package vn.parindex.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of the year-over-year comparison: a node of this year's index with its counterpart of
 * the earlier year, or a total.
 *
 * @param stt the running number as printed (I, 1, a ...), or {@code null} for a total
 * @param previousCode the code the node had in the earlier year, or {@code null} when new
 * @param code the code this year, or {@code null} for a total
 * @param name the name this year, or the label of a total
 * @param previousName the earlier name when the node was renamed, otherwise {@code null}
 * @param kind what the line is
 * @param previousMax the earlier maximum, or {@code null} when new
 * @param maxPoints this year's maximum
 * @param previousPoints the earlier points, or {@code null} when new or not scored
 * @param points this year's points, or {@code null} when not scored
 * @param isNew whether the node did not exist in the earlier year (printed "mới")
 * @param previousText what a total prints instead of earlier points (the band), or {@code null}
 * @param text what a total prints instead of this year's points (the band), or {@code null}
 * @param note changes in words ("Đổi tên, Đổi mã"), or {@code null}
 */
public record YearOverYearRow(
    String stt,
    String previousCode,
    String code,
    String name,
    String previousName,
    Kind kind,
    BigDecimal previousMax,
    BigDecimal maxPoints,
    BigDecimal previousPoints,
    BigDecimal points,
    boolean isNew,
    String previousText,
    String text,
    String note) {

  /** The kinds of line: nodes by level, then totals. */
  public enum Kind {
    AREA,
    CRITERION,
    COMPONENT,
    TOTAL
  }

  public YearOverYearRow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  /** This year's points less the earlier ones, when both are there. */
  public BigDecimal difference() {
    return points == null || previousPoints == null ? null : points.subtract(previousPoints);
  }

  Object field(String field) {
    return switch (field) {
      case "stt" -> stt;
      case "previousCode" -> previousCode;
      case "code" -> code;
      case "name" -> name;
      case "previousName" -> previousName;
      case "kind" -> kind.name();
      case "previousMax" -> previousMax;
      case "maxPoints" -> maxPoints;
      case "previousPoints" -> previousPoints;
      case "points" -> points;
      case "difference" -> difference();
      case "isNew" -> isNew;
      case "previousText" -> previousText;
      case "text" -> text;
      case "note" -> note;
      default -> throw new IllegalArgumentException("Unknown year-over-year field: " + field);
    };
  }
}
