package vn.parindex.results;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A bonus or penalty node of a unit's index with what was entered on it, if anything.
 *
 * @param method "bonus" or "penalty"
 * @param points null while nothing is entered
 * @param mayEnter whether the caller may enter or clear it
 */
public record AdjustmentView(
    String code,
    String name,
    String method,
    BigDecimal max,
    BigDecimal points,
    String reason,
    Long evidenceId,
    String enteredBy,
    Instant enteredAt,
    boolean mayEnter)
    implements Serializable {}
