package vn.parindex.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvinceDashboardTest {
  private static final List<DashboardBlock.Area> AREAS =
      List.of(
          new DashboardBlock.Area("1", "Công tác chỉ đạo", new BigDecimal("10")),
          new DashboardBlock.Area("2", "Thể chế", new BigDecimal("4")));

  private static DashboardBlock.Unit unit(
      long id, String name, String a1, String a2, String total, int rank, String band) {
    return new DashboardBlock.Unit(
        id,
        name,
        Arrays.asList(
            a1 == null ? null : new BigDecimal(a1), a2 == null ? null : new BigDecimal(a2)),
        total == null ? null : new BigDecimal(total),
        total == null ? null : HeatStep.percent(new BigDecimal(total), new BigDecimal("14")),
        rank,
        band,
        false);
  }

  private static DashboardBlock block(int year, BigDecimal max, DashboardBlock.Unit... units) {
    return new DashboardBlock(1, year, 2, "Khối xã", "2025", false, AREAS, max, List.of(units));
  }

  private static final DashboardBlock THIS_YEAR =
      block(
          2026,
          new BigDecimal("14"),
          unit(1, "UBND xã Ia Grai", "9.5", "3", "12.5", 1, "Tốt"),
          unit(2, "UBND xã Chư Păh", "8", "3.5", "11.5", 2, "Khá"),
          unit(3, "UBND phường An Phú", "6", "3.5", "9.5", 3, "Khá"),
          unit(4, "UBND xã Đak Đoa", null, null, null, 4, null));

  @Test
  void eachCellIsColouredByThePercentOfItsAreasMaximum() {
    HeatMap map = ProvinceDashboard.of(THIS_YEAR, null).heatMap();
    HeatMap.Cell cell = map.rows().get(1).cells().get(0);
    assertEquals(new BigDecimal("80.0"), cell.percent());
    assertEquals(HeatStep.FROM_80, cell.step());
    assertEquals(HeatStep.FROM_80, map.rows().get(1).cells().get(1).step());
    assertEquals(HeatStep.NONE, map.rows().get(3).cells().get(0).step());
  }

  @Test
  void sortsByAnAreaDescendingWithUnitsWithoutPointsLast() {
    HeatMap map = ProvinceDashboard.of(THIS_YEAR, null).heatMap().sortedBy("2", true);
    assertEquals(
        List.of("UBND phường An Phú", "UBND xã Chư Păh", "UBND xã Ia Grai", "UBND xã Đak Đoa"),
        map.rows().stream().map(HeatMap.Row::unitName).toList());
  }

  @Test
  void sortsByTotalAscendingAndByNameInVietnameseOrder() {
    HeatMap map = ProvinceDashboard.of(THIS_YEAR, null).heatMap();
    assertEquals(
        List.of(3L, 2L, 1L, 4L),
        map.sortedBy(HeatMap.BY_TOTAL, false).rows().stream().map(HeatMap.Row::unitId).toList());
    assertEquals(
        List.of(3L, 2L, 4L, 1L),
        map.sortedBy(HeatMap.BY_UNIT, false).rows().stream().map(HeatMap.Row::unitId).toList());
    assertEquals(
        List.of(1L, 4L, 2L, 3L),
        map.sortedBy(HeatMap.BY_UNIT, true).rows().stream().map(HeatMap.Row::unitId).toList());
  }

  @Test
  void countsTheBandsBestFirstAndTheUnitsWithoutOneLast() {
    assertEquals(
        List.of(new BandCount("Tốt", 1), new BandCount("Khá", 2), new BandCount(null, 1)),
        ProvinceDashboard.of(THIS_YEAR, null).bands());
  }

  @Test
  void comparesRankAndPercentWithTheSameUnitLastYearOnAnotherMaximum() {
    DashboardBlock lastYear =
        new DashboardBlock(
            0,
            2025,
            2,
            "Khối xã",
            "2024",
            true,
            AREAS,
            new BigDecimal("20"),
            List.of(
                new DashboardBlock.Unit(
                    2,
                    "UBND xã Chư Păh",
                    List.of(),
                    new BigDecimal("18"),
                    new BigDecimal("90.0"),
                    1,
                    "Tốt",
                    false),
                new DashboardBlock.Unit(
                    1,
                    "UBND xã Ia Grai",
                    List.of(),
                    new BigDecimal("15"),
                    new BigDecimal("75.0"),
                    2,
                    "Khá",
                    false)));
    ProvinceDashboard dashboard = ProvinceDashboard.of(THIS_YEAR, lastYear);
    assertEquals(2025, dashboard.lastYear());
    YearChange iaGrai = dashboard.changes().get(0);
    assertEquals(1, iaGrai.rankChange());
    assertEquals(new BigDecimal("89.3"), iaGrai.percent());
    assertEquals(new BigDecimal("14.3"), iaGrai.percentChange());
    assertEquals(new BigDecimal("-2.5"), iaGrai.totalChange());
    YearChange chuPah = dashboard.changes().get(1);
    assertEquals(-1, chuPah.rankChange());
    assertEquals(new BigDecimal("-7.9"), chuPah.percentChange());
    YearChange anPhu = dashboard.changes().get(2);
    assertNull(anPhu.lastRank());
    assertNull(anPhu.rankChange());
  }

  @Test
  void withoutLastYearEveryChangeIsEmpty() {
    ProvinceDashboard dashboard = ProvinceDashboard.of(THIS_YEAR, null);
    assertNull(dashboard.lastYear());
    assertEquals(4, dashboard.changes().size());
    dashboard.changes().forEach(c -> assertNull(c.percentChange()));
  }

  @Test
  void comparesEachAreaWithTheAreaItContinuesUnderItsOldCode() {
    DashboardBlock lastYear =
        new DashboardBlock(
            0,
            2025,
            2,
            "Khối xã",
            "2024",
            true,
            List.of(
                new DashboardBlock.Area("1", "Công tác chỉ đạo", new BigDecimal("10")),
                new DashboardBlock.Area("5", "Thể chế (cũ)", new BigDecimal("5"))),
            new BigDecimal("15"),
            List.of(
                new DashboardBlock.Unit(
                    1,
                    "UBND xã Ia Grai",
                    List.of(new BigDecimal("5"), new BigDecimal("5")),
                    new BigDecimal("10"),
                    new BigDecimal("66.67"),
                    1,
                    "Khá",
                    false)));
    ProvinceDashboard dashboard =
        ProvinceDashboard.of(THIS_YEAR, lastYear, java.util.Map.of("1", "1", "2", "5"));
    assertEquals(
        List.of(
            new AreaMatch("1", "Công tác chỉ đạo", "1", "Công tác chỉ đạo"),
            new AreaMatch("2", "Thể chế", "5", "Thể chế (cũ)")),
        dashboard.areaMatches());
    YearChange iaGrai = dashboard.changes().get(0);
    // 9.5 of 10 against 5 of 10; 3 of 4 against 5 of 5 in the area that was "5"
    assertEquals(
        List.of(
            new AreaChange(
                "1",
                "1",
                new BigDecimal("95.00"),
                new BigDecimal("50.00"),
                new BigDecimal("45.00")),
            new AreaChange(
                "2",
                "5",
                new BigDecimal("75.00"),
                new BigDecimal("100.00"),
                new BigDecimal("-25.00"))),
        iaGrai.areas());
    assertEquals(List.of(), dashboard.changes().get(1).areas(), "not there last year");
  }

  @Test
  void anAreaWithoutCounterpartHasNoChange() {
    DashboardBlock lastYear =
        new DashboardBlock(
            0,
            2025,
            2,
            "Khối xã",
            "2024",
            true,
            AREAS,
            new BigDecimal("14"),
            List.of(
                new DashboardBlock.Unit(
                    1,
                    "UBND xã Ia Grai",
                    List.of(new BigDecimal("5"), new BigDecimal("2")),
                    new BigDecimal("7"),
                    new BigDecimal("50.00"),
                    1,
                    null,
                    false)));
    ProvinceDashboard dashboard =
        ProvinceDashboard.of(THIS_YEAR, lastYear, java.util.Map.of("1", "1"));
    AreaChange added = dashboard.changes().get(0).areas().get(1);
    assertNull(added.lastCode());
    assertNull(added.change());
    assertEquals(new BigDecimal("75.00"), added.percent());
  }
}
