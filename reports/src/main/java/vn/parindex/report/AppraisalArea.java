package vn.parindex.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An area (lĩnh vực) of the appraisal summary with its criteria in print order; its subtotals are
 * the sums of its scored lines (headings are not counted: their components are).
 *
 * @param code e.g. "2"
 * @param name the area's name
 * @param lines its criteria and components, each heading followed by its components
 */
public record AppraisalArea(String code, String name, List<AppraisalLine> lines) {

  public AppraisalArea {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    lines = List.copyOf(lines);
  }

  public BigDecimal maxPoints() {
    return sum(lines, AppraisalLine::maxPoints);
  }

  public BigDecimal selfPoints() {
    return sum(lines, AppraisalLine::selfPoints);
  }

  /** The sum after round 1, counting a line round 1 did not decide at the unit's own score. */
  public BigDecimal roundOnePoints() {
    return sum(lines, AppraisalArea::standingAfterRoundOne);
  }

  /** The sum after round 2, counting a line round 2 did not decide where round 1 left it. */
  public BigDecimal roundTwoPoints() {
    return sum(lines, AppraisalArea::standingAfterRoundTwo);
  }

  public BigDecimal finalPoints() {
    return sum(lines, AppraisalLine::finalPoints);
  }

  static BigDecimal standingAfterRoundOne(AppraisalLine line) {
    if (line.heading()) {
      return null;
    }
    return line.roundOnePoints() != null ? line.roundOnePoints() : line.selfPoints();
  }

  static BigDecimal standingAfterRoundTwo(AppraisalLine line) {
    if (line.heading()) {
      return null;
    }
    return line.roundTwoPoints() != null ? line.roundTwoPoints() : standingAfterRoundOne(line);
  }

  /** The sum of the non-null values over the scored lines. */
  static BigDecimal sum(
      List<AppraisalLine> lines, java.util.function.Function<AppraisalLine, BigDecimal> value) {
    BigDecimal sum = BigDecimal.ZERO;
    for (AppraisalLine line : lines) {
      BigDecimal v = line.heading() ? null : value.apply(line);
      if (v != null) {
        sum = sum.add(v);
      }
    }
    return sum;
  }
}
