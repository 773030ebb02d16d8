package vn.parindex.consolidation;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The totals: the self-assessed part (sum of the lead offices' scores), the survey part (null until
 * any survey criterion is entered) and the grand total (self-assessed + survey), each with its max;
 * then the bonus and penalty the province entered, and the index they compose: grand total + bonus
 * − penalty, within 0..max where the version bounds it.
 */
public record Totals(
    BigDecimal selfAssessedMax,
    BigDecimal selfAssessed,
    BigDecimal surveyMax,
    BigDecimal survey,
    BigDecimal totalMax,
    BigDecimal grandTotal,
    BigDecimal bonus,
    BigDecimal penalty,
    BigDecimal total)
    implements Serializable {}
