package vn.parindex.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One block's annex of the announcement: its units ranked, with the points of each area of the
 * block's index version.
 *
 * @param name the block as the annex title names it, e.g. "các xã, phường"
 * @param areas the areas of the block's index version, in order (one column each)
 * @param maxPoints the version's maximum
 * @param rows the units in rank order
 */
public record AnnouncementBlock(
    String name, List<Area> areas, BigDecimal maxPoints, List<AnnouncementRow> rows) {

  /** The most areas an annex prints: the columns of a landscape A4 page. */
  public static final int MAX_AREAS = 10;

  public AnnouncementBlock {
    Objects.requireNonNull(name, "name");
    areas = List.copyOf(areas);
    if (areas.size() > MAX_AREAS) {
      throw new IllegalArgumentException(
          "An annex prints at most " + MAX_AREAS + " areas, not " + areas.size());
    }
    rows = List.copyOf(rows);
    for (AnnouncementRow row : rows) {
      if (row.areaPoints().size() != areas.size()) {
        throw new IllegalArgumentException(
            row.unitName()
                + " has "
                + row.areaPoints().size()
                + " area points for "
                + areas.size()
                + " areas");
      }
    }
  }

  /**
   * An area column.
   *
   * @param code e.g. "1"
   * @param name e.g. "Công tác chỉ đạo, điều hành CCHC"
   * @param maxPoints its maximum
   */
  public record Area(String code, String name, BigDecimal maxPoints) {
    public Area {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
    }
  }
}
