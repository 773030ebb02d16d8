package vn.parindex.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.parindex.catalogue.ClassificationBand;
import vn.parindex.scoring.Points;

/** The demo index's bands: Tốt from 80, Khá from 70, Trung bình from 50, Yếu from 0. */
class BandsTest {
  private static final List<ClassificationBand> DEMO =
      List.of(
          new ClassificationBand("Yếu", new BigDecimal("0")),
          new ClassificationBand("Khá", new BigDecimal("70")),
          new ClassificationBand("Tốt", new BigDecimal("80")),
          new ClassificationBand("Trung bình", new BigDecimal("50")));

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "100, Tốt",
    "80.01, Tốt",
    "80, Tốt",
    "79.99, Khá",
    "70.01, Khá",
    "70, Khá",
    "69.99, Trung bình",
    "50.01, Trung bình",
    "50, Trung bình",
    "49.99, Yếu",
    "0.01, Yếu",
    "0, Yếu"
  })
  void aBoundaryBelongsToTheHigherBandAndOneHundredthBelowToTheLower(String total, String band) {
    assertEquals(band, Bands.of(Points.of(total), DEMO).orElseThrow());
  }

  @Test
  void aTotalIsComparedAtTwoPlacesSo79Point995ReachesTheBandFrom80() {
    assertEquals("Tốt", Bands.of(Points.of("79.995"), DEMO).orElseThrow());
    assertEquals("Khá", Bands.of(Points.of("79.994"), DEMO).orElseThrow());
  }

  @Test
  void aTotalBelowTheLowestBoundReachesNoBand() {
    List<ClassificationBand> fromTen = List.of(new ClassificationBand("Đạt", new BigDecimal("10")));

    assertTrue(Bands.of(Points.of("9.99"), fromTen).isEmpty());
    assertEquals("Đạt", Bands.of(Points.of("10"), fromTen).orElseThrow());
  }

  @Test
  void noBandsReachNoBand() {
    assertTrue(Bands.of(Points.of("50"), List.of()).isEmpty());
  }
}
