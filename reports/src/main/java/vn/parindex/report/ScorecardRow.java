package vn.parindex.report;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of the scorecard table, already computed by the caller: the report only prints it.
 *
 * @param stt the running number as printed (I, 1, 1.1 ...)
 * @param code the criterion code, e.g. "1.5.1"
 * @param name the area, criterion or component name
 * @param level how the row is printed
 * @param maxPoints the maximum points (a parent's is the sum of its children's)
 * @param selfScore the self-assessed points, or {@code null} when not scored
 * @param evidence the evidence documents, free text
 * @param explanation the explanation of the score, free text
 * @param note a remark, free text
 */
public record ScorecardRow(
    String stt,
    String code,
    String name,
    RowLevel level,
    BigDecimal maxPoints,
    BigDecimal selfScore,
    String evidence,
    String explanation,
    String note) {

  public ScorecardRow {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(level, "level");
  }
}
