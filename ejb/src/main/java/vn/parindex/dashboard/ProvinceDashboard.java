package vn.parindex.dashboard;

import java.util.List;

/**
 * One block of a campaign as the province's dashboard shows it: the heat map of units × areas, the
 * ranking, the distribution of bands and each unit's change since last year.
 *
 * @param ranking the units in rank order, for the ranking chart
 * @param lastYear the year of last year's campaign of the province, null when it has none for the
 *     block
 * @param changes every unit in rank order; without last year, their last-year figures are null
 */
public record ProvinceDashboard(
    long campaignId,
    int year,
    long blockId,
    String blockName,
    String versionName,
    boolean announced,
    HeatMap heatMap,
    List<DashboardBlock.Unit> ranking,
    List<BandCount> bands,
    Integer lastYear,
    List<YearChange> changes) {

  /** Draws this year's block, and its change against last year's when there is one. */
  public static ProvinceDashboard of(DashboardBlock now, DashboardBlock last) {
    return new ProvinceDashboard(
        now.campaignId(),
        now.year(),
        now.blockId(),
        now.blockName(),
        now.versionName(),
        now.announced(),
        HeatMap.of(now),
        now.units(),
        BandCount.of(now.units()),
        last == null ? null : last.year(),
        YearChange.between(now, last));
  }
}
