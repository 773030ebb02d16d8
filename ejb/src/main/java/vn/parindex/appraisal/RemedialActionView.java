package vn.parindex.appraisal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A criterion where the unit's final result is below the maximum, with the remedial action the unit
 * recorded for it, if any.
 *
 * @param lost the points lost: the maximum less the final points
 * @param action the action recorded, or {@code null}
 */
public record RemedialActionView(
    String code,
    String name,
    BigDecimal max,
    BigDecimal finalPoints,
    BigDecimal lost,
    String reason,
    String action,
    String officeCode,
    String officeName,
    LocalDate due,
    String recordedBy,
    Instant recordedAt)
    implements Serializable {

  static RemedialActionView of(AppraisalLine line, RemedialAction action) {
    return new RemedialActionView(
        line.code(),
        line.name(),
        line.max(),
        line.finalPoints(),
        line.max().subtract(line.finalPoints()),
        line.reason(),
        action == null ? null : action.action(),
        action == null ? null : action.office().map(o -> o.code()).orElse(null),
        action == null ? null : action.office().map(o -> o.name()).orElse(null),
        action == null ? null : action.due().orElse(null),
        action == null ? null : action.recordedBy(),
        action == null ? null : action.recordedAt());
  }
}
