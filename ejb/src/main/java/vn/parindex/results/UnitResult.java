package vn.parindex.results;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's line of its block's results.
 *
 * @param areaPoints the final points of each area, in the order of the block's areas; null where
 *     nothing is decided (no submission, or no scored criterion in the area)
 * @param band the band the total reaches, or null below every band
 * @param provisional true until the council approved the block: the figures may still change
 */
public record UnitResult(
    long assessmentId,
    long unitId,
    String unitName,
    List<BigDecimal> areaPoints,
    BigDecimal survey,
    BigDecimal bonus,
    BigDecimal penalty,
    BigDecimal total,
    BigDecimal percent,
    int rank,
    String band,
    boolean provisional) {}
