package vn.parindex.dashboard;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A block's results as the province dashboard draws them: the index's areas with their maxima and
 * each unit's points per area, total, percentage, rank and band. It is taken from the results per
 * block ({@code vn.parindex.results.BlockResult}), so that the dashboard shows the same figures as
 * the results and the announcement; a plain record, so the drawing is tested without a container.
 *
 * @param units in rank order
 */
public record DashboardBlock(
    long campaignId,
    int year,
    long blockId,
    String blockName,
    String versionName,
    boolean announced,
    List<Area> areas,
    BigDecimal max,
    List<Unit> units) {

  /** An area (component index) of the block's index version. */
  public record Area(String code, String name, BigDecimal max) implements Serializable {}

  /**
   * One unit's figures.
   *
   * @param areaPoints in the order of the areas, null where the unit has none yet
   * @param band null when the version sets no bands
   */
  public record Unit(
      long unitId,
      String unitName,
      List<BigDecimal> areaPoints,
      BigDecimal total,
      BigDecimal percent,
      int rank,
      String band,
      boolean provisional)
      implements Serializable {}
}
