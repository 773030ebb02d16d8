package vn.parindex.assessment;

import java.io.Serializable;
import java.time.Instant;

/**
 * One line of a criterion's history: which office's score, what changed, from what, to what, and
 * why when the change gave a reason (an appraiser's decision, a bonus or penalty, a survey file).
 */
public record HistoryEntry(
    String officeCode,
    ChangeRecord.Kind kind,
    String oldValue,
    String newValue,
    String changedBy,
    Instant changedAt,
    String reason)
    implements Serializable {

  static HistoryEntry of(ChangeRecord r) {
    return new HistoryEntry(
        r.assignment() == null ? null : r.assignment().office().code(),
        r.kind(),
        r.oldValue(),
        r.newValue(),
        r.changedBy(),
        r.changedAt(),
        r.reason());
  }
}
