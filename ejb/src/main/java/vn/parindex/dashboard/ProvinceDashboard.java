package vn.parindex.dashboard;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One block of a campaign as the province's dashboard shows it: the heat map of units × areas, the
 * ranking, the distribution of bands and each unit's change since last year.
 *
 * @param ranking the units in rank order, for the ranking chart
 * @param lastYear the year of last year's campaign of the province, null when it has none for the
 *     block
 * @param changes every unit in rank order; without last year, their last-year figures are null
 * @param areaMatches this year's areas with the area each continues last year; empty without last
 *     year
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
    List<YearChange> changes,
    List<AreaMatch> areaMatches)
    implements Serializable {

  /** Draws this year's block, and its change against last year's when there is one. */
  public static ProvinceDashboard of(DashboardBlock now, DashboardBlock last) {
    return of(now, last, Map.of());
  }

  /**
   * Draws this year's block and its change against last year's, area by area too.
   *
   * @param lastAreaCodes this year's area codes to the codes of the areas they continue, as the
   *     comparison of the two versions matched them; an area missing has no counterpart
   */
  public static ProvinceDashboard of(
      DashboardBlock now, DashboardBlock last, Map<String, String> lastAreaCodes) {
    List<AreaMatch> matches = last == null ? List.of() : matches(now, last, lastAreaCodes);
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
        YearChange.between(now, last, matches),
        matches);
  }

  private static List<AreaMatch> matches(
      DashboardBlock now, DashboardBlock last, Map<String, String> lastAreaCodes) {
    return now.areas().stream()
        .map(
            area -> {
              String code = lastAreaCodes.get(area.code());
              String name =
                  last.areas().stream()
                      .filter(a -> a.code().equals(code))
                      .map(DashboardBlock.Area::name)
                      .findFirst()
                      .orElse(null);
              return new AreaMatch(area.code(), area.name(), name == null ? null : code, name);
            })
        .toList();
  }
}
