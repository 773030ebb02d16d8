package vn.parindex.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A block's results in a campaign: the self-assessed areas of its index as columns and every unit's
 * line, ranked. Once announced, the decision's number and date, and the lines as published.
 *
 * @param max the version's maximum (bonus and penalty nodes do not add to it)
 */
public record BlockResult(
    long campaignId,
    int year,
    long blockId,
    String blockName,
    long versionId,
    String versionName,
    List<AreaColumn> areas,
    BigDecimal max,
    boolean announced,
    String decisionNumber,
    LocalDate decisionDate,
    List<UnitResult> units) {}
