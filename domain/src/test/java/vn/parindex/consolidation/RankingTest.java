package vn.parindex.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.scoring.Points;

class RankingTest {
  private static Ranking.UnitTotal unit(long id, String name, String total) {
    Points points = Points.of(total);
    return new Ranking.UnitTotal(
        id, id, name, points, Points.ZERO, points, Points.of("100"), null, 0);
  }

  @Test
  void theHighestTotalRanksFirst() {
    List<Ranking.Ranked> ranked =
        Ranking.of(List.of(unit(1, "An Lão", "70.5"), unit(2, "Hoài Ân", "82.25")));

    assertEquals("Hoài Ân", ranked.get(0).unit().unitName());
    assertEquals(1, ranked.get(0).rank());
    assertEquals(2, ranked.get(1).rank());
  }

  @Test
  void equalTotalsShareARankAndTheNextRankSkips() {
    List<Ranking.Ranked> ranked =
        Ranking.of(
            List.of(
                unit(1, "Vĩnh Thạnh", "80"),
                unit(2, "An Lão", "80.00"),
                unit(3, "Tây Sơn", "90"),
                unit(4, "Phù Cát", "75")));

    assertEquals(List.of(1, 2, 2, 4), ranked.stream().map(Ranking.Ranked::rank).toList());
  }

  @Test
  void unitsOfEqualTotalAreListedInVietnameseOrder() {
    List<Ranking.Ranked> ranked =
        Ranking.of(
            List.of(unit(1, "Ân Hảo", "60"), unit(2, "Đồng Xuân", "60"), unit(3, "An Nhơn", "60")));

    assertEquals(
        List.of("An Nhơn", "Ân Hảo", "Đồng Xuân"),
        ranked.stream().map(r -> r.unit().unitName()).toList());
  }

  @Test
  void oneHundredthApartIsNotATie() {
    List<Ranking.Ranked> ranked = Ranking.of(List.of(unit(1, "A", "80.00"), unit(2, "B", "80.01")));

    assertEquals(List.of(1, 2), ranked.stream().map(Ranking.Ranked::rank).toList());
  }

  @Test
  void aUnitWithoutSurveyPointsOrWithUnscoredCriteriaIsProvisional() {
    Points p = Points.of("50");
    assertTrue(new Ranking.UnitTotal(1, 1, "A", p, null, p, p, null, 0).provisional());
    assertTrue(new Ranking.UnitTotal(1, 1, "A", p, Points.ZERO, p, p, null, 3).provisional());
    assertFalse(new Ranking.UnitTotal(1, 1, "A", p, Points.ZERO, p, p, null, 0).provisional());
  }

  @Test
  void noUnitsGiveAnEmptyRanking() {
    assertTrue(Ranking.of(List.of()).isEmpty());
  }
}
