package vn.parindex.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A member department's worksheet (phiếu thẩm định): the criteria of the areas it appraises, for
 * every unit it appraises, with the unit's own score, the appraised score so far (blank where
 * nothing is decided yet) and the reason; a subtotal per unit and the total. The department works
 * on it as a spreadsheet and signs it as a PDF. Header lines and the signer's title are data.
 *
 * @param superiorBody the body above the department, e.g. "UBND TỈNH GIA LAI", or {@code null}
 * @param department the department, e.g. "SỞ TƯ PHÁP"
 * @param title e.g. "PHIẾU THẨM ĐỊNH CHỈ SỐ CCHC NĂM 2025"
 * @param subtitle the areas and the round, e.g. "Lĩnh vực 2 – vòng 1", or {@code null}
 * @param place the place of issue, or {@code null}
 * @param date the date of issue
 * @param units the units in print order, each with its criteria in index order
 * @param signer the department's signature block
 */
public record AppraiserWorksheet(
    String superiorBody,
    String department,
    String title,
    String subtitle,
    String place,
    LocalDate date,
    List<Unit> units,
    Signer signer) {

  public AppraiserWorksheet {
    Objects.requireNonNull(department, "department");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(signer, "signer");
    units = List.copyOf(units);
  }

  /** The kinds of printed line. */
  public enum Kind {
    CRITERION,
    COMPONENT,
    /** A unit's subtotal. */
    UNIT
  }

  /**
   * A unit with the department's criteria.
   *
   * @param name e.g. "UBND xã Ia Grai"
   * @param lines the criteria in index order
   */
  public record Unit(String name, List<Line> lines) {
    public Unit {
      Objects.requireNonNull(name, "name");
      lines = List.copyOf(lines);
    }

    public BigDecimal maxPoints() {
      return lines.stream().map(Line::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal selfPoints() {
      return lines.stream().map(Line::selfPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The unit's score on these criteria as it stands: a line not yet decided keeps its own. */
    public BigDecimal standingPoints() {
      return lines.stream().map(Line::standing).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }

  /**
   * A criterion of a unit.
   *
   * @param code e.g. "2.1"
   * @param name the criterion's name
   * @param component whether it is a component (printed indented)
   * @param maxPoints its maximum
   * @param selfPoints the unit's submitted score
   * @param appraisedPoints the appraised score, or {@code null} while not decided
   * @param reason the appraiser's reason, or {@code null}
   */
  public record Line(
      String code,
      String name,
      boolean component,
      BigDecimal maxPoints,
      BigDecimal selfPoints,
      BigDecimal appraisedPoints,
      String reason) {
    public Line {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(maxPoints, "maxPoints");
      Objects.requireNonNull(selfPoints, "selfPoints");
    }

    BigDecimal standing() {
      return appraisedPoints != null ? appraisedPoints : selfPoints;
    }
  }

  public BigDecimal totalMax() {
    return units.stream().map(Unit::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal totalSelf() {
    return units.stream().map(Unit::selfPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public BigDecimal totalStanding() {
    return units.stream().map(Unit::standingPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * The table in print order: every line carries its unit (so that the spreadsheet can be filtered
   * and sorted), each unit closed by its subtotal.
   */
  public List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (Unit unit : units) {
      int n = 0;
      for (Line line : unit.lines()) {
        rows.add(
            new Row(
                Integer.toString(++n),
                unit.name(),
                line.code(),
                line.name(),
                line.component() ? Kind.COMPONENT : Kind.CRITERION,
                line.maxPoints(),
                line.selfPoints(),
                line.appraisedPoints(),
                line.reason()));
      }
      rows.add(
          new Row(
              null,
              unit.name(),
              null,
              null,
              Kind.UNIT,
              unit.maxPoints(),
              unit.selfPoints(),
              unit.standingPoints(),
              null));
    }
    return rows;
  }

  /** One printed line: a unit's criterion, or its subtotal (no code, no name). */
  public record Row(
      String stt,
      String unit,
      String code,
      String name,
      Kind kind,
      BigDecimal maxPoints,
      BigDecimal selfPoints,
      BigDecimal appraisedPoints,
      String reason) {

    Object field(String field) {
      return switch (field) {
        case "stt" -> stt;
        case "unit" -> unit;
        case "code" -> code;
        case "name" -> name;
        case "kind" -> kind.name();
        case "maxPoints" -> maxPoints;
        case "selfPoints" -> selfPoints;
        case "appraisedPoints" -> appraisedPoints;
        case "reason" -> reason;
        default -> throw new IllegalArgumentException("Unknown worksheet field: " + field);
      };
    }
  }
}
