package vn.parindex.dashboard;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Units down, areas across: each cell the unit's points in the area with its colour step, so the
 * province sees at a glance which area is weak where. Sortable by unit name, total or any area.
 */
public record HeatMap(List<DashboardBlock.Area> areas, List<Row> rows) implements Serializable {
  /** Sorts by the unit's name. */
  public static final String BY_UNIT = "unit";

  /** Sorts by the unit's total. */
  public static final String BY_TOTAL = "total";

  /** One unit's row. */
  public record Row(
      long unitId,
      String unitName,
      List<Cell> cells,
      BigDecimal total,
      BigDecimal percent,
      HeatStep step,
      int rank)
      implements Serializable {}

  /** One unit's points in one area, with the percentage of the area's maximum and its step. */
  public record Cell(String areaCode, BigDecimal points, BigDecimal percent, HeatStep step)
      implements Serializable {}

  static HeatMap of(DashboardBlock block) {
    List<Row> rows = new ArrayList<>();
    for (DashboardBlock.Unit unit : block.units()) {
      List<Cell> cells = new ArrayList<>();
      for (int i = 0; i < block.areas().size(); i++) {
        DashboardBlock.Area area = block.areas().get(i);
        BigDecimal points = i < unit.areaPoints().size() ? unit.areaPoints().get(i) : null;
        BigDecimal percent = HeatStep.percent(points, area.max());
        cells.add(new Cell(area.code(), points, percent, HeatStep.of(percent)));
      }
      rows.add(
          new Row(
              unit.unitId(),
              unit.unitName(),
              List.copyOf(cells),
              unit.total(),
              unit.percent(),
              HeatStep.of(unit.percent()),
              unit.rank()));
    }
    return new HeatMap(List.copyOf(block.areas()), List.copyOf(rows));
  }

  /**
   * The rows sorted by {@link #BY_UNIT}, {@link #BY_TOTAL} or an area's code; a unit without points
   * comes last either way, ties in name order. An unknown key sorts by name.
   */
  public HeatMap sortedBy(String key, boolean descending) {
    Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
    Comparator<Row> byName = Comparator.comparing(Row::unitName, collator);
    Comparator<Row> order;
    int area = areaIndex(key);
    if (BY_TOTAL.equals(key) || area >= 0) {
      Comparator<BigDecimal> figures =
          descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
      order =
          Comparator.comparing(
                  (Row r) -> area >= 0 ? r.cells().get(area).points() : r.total(),
                  Comparator.nullsLast(figures))
              .thenComparing(byName);
    } else {
      order = descending ? byName.reversed() : byName;
    }
    return new HeatMap(areas, rows.stream().sorted(order).toList());
  }

  private int areaIndex(String key) {
    for (int i = 0; i < areas.size(); i++) {
      if (areas.get(i).code().equals(key)) {
        return i;
      }
    }
    return -1;
  }
}
