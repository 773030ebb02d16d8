package vn.parindex.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.catalogue.IndexFixture.d;
import static vn.parindex.catalogue.IndexFixture.described;
import static vn.parindex.catalogue.IndexFixture.p;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.parindex.consolidation.Bands;

/**
 * Bands in percent of the maximum, as the national ranking of 2024 gives its groups: A from 90 %, B
 * from 80 % to under 90 %, C below (inclusive lower bounds).
 */
class BandingTest {
  private static final List<ClassificationBand> GROUPS =
      List.of(
          new ClassificationBand("Nhóm B", d("80")),
          new ClassificationBand("Nhóm A", d("90")),
          new ClassificationBand("Nhóm C", d("0")));

  private static Banding percentOf(String max) {
    return new Banding(BandScale.PERCENT, d(max), GROUPS);
  }

  private static String band(Banding banding, String total) {
    return banding.of(d(total)).orElse("none");
  }

  @ParameterizedTest(name = "{1} of {0} → {2}")
  @CsvSource({
    "100, 100, Nhóm A",
    "100, 90, Nhóm A",
    "100, 89.99, Nhóm B",
    "100, 80, Nhóm B",
    "100, 79.99, Nhóm C",
    "100, 0, Nhóm C",
    // an index of 95.5 points: 90 % is 85.95, 80 % is 76.40
    "95.5, 85.95, Nhóm A",
    "95.5, 85.94, Nhóm B",
    "95.5, 76.40, Nhóm B",
    "95.5, 76.39, Nhóm C",
    // the demo's 30 points of a commune block: 27 is 90 %
    "30, 27, Nhóm A",
    "30, 26.99, Nhóm B"
  })
  void aPercentageOnALowerBoundReachesThatBand(String max, String total, String expected) {
    assertEquals(expected, band(percentOf(max), total));
  }

  @Test
  void thePercentageIsComparedAsTheResultsPublishItAtTwoPlacesHalfUp() {
    // 899.96 of 1000 is 89.996 %, published as 90.00 %: shown in group A, it is in group A
    assertEquals("Nhóm A", band(percentOf("1000"), "899.96"));
    assertEquals("Nhóm B", band(percentOf("1000"), "899.94"));
  }

  @Test
  void anUnboundedTotalAboveTheMaximumStaysInTheTopBandAndANegativeOneInNone() {
    assertEquals("Nhóm A", band(percentOf("100"), "103.5"));
    assertEquals("none", band(percentOf("100"), "-2"));
  }

  @Test
  void pointsBandTheTotalItselfAsBandsAlwaysDid() {
    Banding points = Banding.inPoints(GROUPS);

    for (String total : List.of("95", "90", "89.99", "80", "79.99", "0")) {
      assertEquals(Bands.of(d(total), GROUPS), points.of(d(total)), total);
    }
    assertEquals("Nhóm B", band(new Banding(BandScale.POINTS, d("95.5"), GROUPS), "85.95"));
  }

  @Test
  void aDraftWithoutItsMaximumBandsNothingInPercent() {
    assertEquals(
        Optional.empty(), new Banding(BandScale.PERCENT, BigDecimal.ZERO, GROUPS).of(d("5")));
  }

  @Test
  void aVersionBandsInPercentOfItsOwnMaximumAndARevisionKeepsTheScale() {
    IndexVersion draft = IndexFixture.emptyDraft(); // 15 points
    draft.replaceBands(GROUPS);
    draft.bandBy(BandScale.PERCENT);

    assertEquals("Nhóm A", draft.bandOf(p("13.5")).orElseThrow());
    assertEquals("Nhóm B", draft.bandOf(p("13.49")).orElseThrow());
    assertEquals("Nhóm B", draft.bandOf(p("12")).orElseThrow());
    assertEquals("Nhóm C", draft.bandOf(p("11.99")).orElseThrow());

    IndexVersion published = IndexFixture.soundDraft();
    published.replaceBands(GROUPS);
    published.bandBy(BandScale.PERCENT);
    published.publish();
    IndexVersion revision =
        published.revise("Bản sửa", IndexFixture.DECISION_2024, "district", 2024, null);
    assertEquals(BandScale.PERCENT, revision.bandScale());
  }

  @Test
  void percentBoundsLieWithin0To100AndPointBoundsWithin0ToTheMaximum() {
    IndexVersion percent = IndexFixture.soundDraft(); // 15 points
    percent.replaceBands(
        List.of(
            new ClassificationBand("Xuất sắc", d("101")),
            new ClassificationBand("Nhóm A", d("90")),
            new ClassificationBand("Nhóm B", d("80"))));
    percent.bandBy(BandScale.PERCENT);
    assertEquals(
        List.of("version.band.percentRange[Xuất sắc, 101, 100]"), described(percent.problems()));

    IndexVersion points = IndexFixture.soundDraft();
    points.replaceBands(GROUPS);
    assertEquals(
        List.of(
            "version.band.pointsRange[Nhóm A, 90, 15]", "version.band.pointsRange[Nhóm B, 80, 15]"),
        described(points.problems()));
  }

  @Test
  void twoBandsFromTheSameBoundAreAProblem() {
    IndexVersion draft = IndexFixture.soundDraft();
    draft.replaceBands(
        List.of(new ClassificationBand("Tốt", d("12")), new ClassificationBand("Giỏi", d("12"))));

    assertEquals(List.of("version.band.duplicate[Giỏi, 12]"), described(draft.problems()));
    assertTrue(IndexFixture.soundDraft().problems().isEmpty(), "the fixture's bands are sound");
  }
}
