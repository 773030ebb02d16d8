package vn.parindex.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.parindex.catalogue.ClassificationBand;

class StandingsTest {
  private static final List<ClassificationBand> BANDS =
      List.of(
          new ClassificationBand("Tốt", new BigDecimal("80")),
          new ClassificationBand("Khá", new BigDecimal("70")),
          new ClassificationBand("Trung bình", new BigDecimal("50")));

  private record Unit(String name, IndexTotal total) {}

  private static Unit unit(String name, String appraised, String bonus, String penalty) {
    return new Unit(
        name,
        new IndexTotal(
            new BigDecimal(appraised),
            new BigDecimal("0"),
            new BigDecimal(bonus),
            new BigDecimal(penalty),
            new BigDecimal("100"),
            true));
  }

  private static List<Standings.Standing<Unit>> standings(Unit... units) {
    return Standings.of(List.of(units), Unit::name, Unit::total, BANDS);
  }

  @Test
  void tiesAfterBonusAndPenaltyShareARankAndTheNextSkips() {
    List<Standings.Standing<Unit>> standings =
        standings(
            unit("Ia Grai", "78", "2", "0"),
            unit("An Khê", "81", "0", "1"),
            unit("Chư Sê", "90", "0", "0"),
            unit("Đak Đoa", "75", "0", "0"));

    assertEquals(
        List.of("Chư Sê", "An Khê", "Ia Grai", "Đak Đoa"),
        standings.stream().map(s -> s.unit().name()).toList());
    assertEquals(List.of(1, 2, 2, 4), standings.stream().map(Standings.Standing::rank).toList());
  }

  @Test
  void aTotalOnABandsLowerBoundReachesThatBand() {
    List<Standings.Standing<Unit>> standings =
        standings(
            unit("Ia Grai", "80", "0", "0"),
            unit("An Khê", "79.99", "0", "0"),
            unit("Chư Sê", "70", "0", "0"),
            unit("Đak Đoa", "49.99", "0", "0"));

    assertEquals(
        java.util.Arrays.asList("Tốt", "Khá", "Khá", null),
        standings.stream().map(Standings.Standing::band).toList());
  }

  @Test
  void aPenaltyCanTakeAUnitBelowABand() {
    Standings.Standing<Unit> only = standings(unit("Ia Grai", "80", "0", "0.5")).get(0);

    assertEquals("Khá", only.band());
    assertEquals(new BigDecimal("79.50"), only.figures().total());
  }

  @Test
  void aBlockWithoutBandsGivesNone() {
    assertNull(
        Standings.of(List.of(unit("Ia Grai", "80", "0", "0")), Unit::name, Unit::total, List.of())
            .get(0)
            .band());
  }
}
