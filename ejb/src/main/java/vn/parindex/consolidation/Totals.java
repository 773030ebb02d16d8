package vn.parindex.consolidation;

import java.math.BigDecimal;

/**
 * The totals: the self-assessed part (sum of the lead offices' scores), the survey part (null until
 * any survey criterion is entered) and the grand total, each with its max.
 */
public record Totals(
    BigDecimal selfAssessedMax,
    BigDecimal selfAssessed,
    BigDecimal surveyMax,
    BigDecimal survey,
    BigDecimal totalMax,
    BigDecimal grandTotal) {}
