package vn.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.parindex.scoring.ScoreAssertions.assertRejected;
import static vn.parindex.scoring.ScoreAssertions.d;
import static vn.parindex.scoring.ScoreAssertions.p;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatioTiersRuleTest {

  /** 3.2 Kết quả giải quyết TTHC: max 3, when_none full. */
  private static final RatioTiersRule PROCEDURES =
      new RatioTiersRule(
          WhenNone.FULL,
          List.of(
              new Tier(d("1.0"), p("3")),
              new Tier(d("0.95"), p("2")),
              new Tier(d("0.9"), p("1")),
              new Tier(d("0"), p("0"))));

  /** 1.5.1 Công tác kiểm tra CCHC: max 1, when_none zero. */
  private static final RatioTiersRule INSPECTIONS =
      new RatioTiersRule(
          WhenNone.ZERO,
          List.of(
              new Tier(d("0.3"), p("1")), new Tier(d("0.2"), p("0.5")), new Tier(d("0"), p("0"))));

  /** 8.3 Doanh nghiệp thành lập mới: max 2, when_none zero. */
  private static final RatioTiersRule NEW_BUSINESSES =
      new RatioTiersRule(
          WhenNone.ZERO,
          List.of(
              new Tier(d("0.1"), p("2")), new Tier(d("0.05"), p("1")), new Tier(d("0"), p("0"))));

  @ParameterizedTest(name = "{0}/{1} earns {2} of 3")
  @CsvSource({
    "1, 1, 3",
    "10000, 10000, 3",
    "9999, 10000, 2",
    "95, 100, 2",
    "19, 20, 2",
    "9499, 10000, 1",
    "90, 100, 1",
    "8999, 10000, 0",
    "0, 100, 0"
  })
  void givesThePointsOfTheHighestTierTheRatioReaches(String achieved, String total, String points) {
    assertEquals(p(points), PROCEDURES.score(ScoreInputs.ratio(d(achieved), d(total)), p("3")));
  }

  @ParameterizedTest(name = "{0}/{1} earns {2} of 1")
  @CsvSource({
    "31, 100, 1",
    "3, 10, 1",
    "2999, 10000, 0.5",
    "2, 10, 0.5",
    "1999, 10000, 0",
    "0, 12, 0"
  })
  void givesHalfPointsForInspectionsBetweenTwentyAndThirtyPercent(
      String achieved, String total, String points) {
    assertEquals(p(points), INSPECTIONS.score(ScoreInputs.ratio(d(achieved), d(total)), p("1")));
  }

  @ParameterizedTest(name = "{0}/{1} earns {2} of 2")
  @CsvSource({"120, 1200, 2", "119, 1200, 1", "60, 1200, 1", "59, 1200, 0"})
  void appliesTiersBelowOneAsWritten(String achieved, String total, String points) {
    assertEquals(p(points), NEW_BUSINESSES.score(ScoreInputs.ratio(d(achieved), d(total)), p("2")));
  }

  @Test
  void refusesMoreAchievedThanTheTotal() {
    assertRejected(
        InputField.ACHIEVED,
        InvalidScoreInputsException.ACHIEVED_ABOVE_TOTAL,
        () -> PROCEDURES.score(ScoreInputs.ratio(d("105"), d("100")), p("3")));
  }

  @Test
  void comparesLargeCountsSuchAsDisbursedBudgetInMillionsOfDong() {
    // 6.5 Giải ngân vốn đầu tư: 950,000,001 of 1,000,000,000 million dong is just over 95%.
    RatioTiersRule disbursement =
        new RatioTiersRule(
            WhenNone.FULL,
            List.of(
                new Tier(d("0.95"), p("2")), new Tier(d("0.8"), p("1")), new Tier(d("0"), p("0"))));

    assertEquals(
        p("2"), disbursement.score(ScoreInputs.ratio(d("950000001"), d("1000000000")), p("2")));
    assertEquals(
        p("1"), disbursement.score(ScoreInputs.ratio(d("949999999"), d("1000000000")), p("2")));
  }

  @Test
  void doesNotRoundARatioJustBelowABoundaryUpToIt() {
    assertEquals(
        p("1"), PROCEDURES.score(ScoreInputs.ratio(d("949999999"), d("1000000000")), p("3")));
  }

  @Test
  void givesMaxWhenNothingHappenedAndWhenNoneIsFull() {
    assertEquals(p("3"), PROCEDURES.score(ScoreInputs.ratio(d("0"), d("0")), p("3")));
  }

  @Test
  void givesZeroWhenNothingHappenedAndWhenNoneIsZero() {
    assertEquals(Points.ZERO, INSPECTIONS.score(ScoreInputs.ratio(d("0"), d("0.00")), p("1")));
  }

  @Test
  void rejectsSomethingAchievedOutOfATotalOfZero() {
    assertRejected(
        InputField.TOTAL,
        InvalidScoreInputsException.ACHIEVED_WITHOUT_TOTAL,
        () -> PROCEDURES.score(ScoreInputs.ratio(d("5"), d("0")), p("3")));
  }

  @Test
  void rejectsAMissingAchievedAmount() {
    assertRejected(
        InputField.ACHIEVED,
        InvalidScoreInputsException.REQUIRED,
        () -> PROCEDURES.score(ScoreInputs.ratio(null, d("10")), p("3")));
  }

  @Test
  void rejectsAMissingTotal() {
    assertRejected(
        InputField.TOTAL,
        InvalidScoreInputsException.REQUIRED,
        () -> PROCEDURES.score(ScoreInputs.ratio(d("10"), null), p("3")));
  }

  @Test
  void rejectsANegativeAchievedAmount() {
    assertRejected(
        InputField.ACHIEVED,
        InvalidScoreInputsException.NEGATIVE,
        () -> PROCEDURES.score(ScoreInputs.ratio(d("-1"), d("10")), p("3")));
  }

  @Test
  void rejectsANegativeTotal() {
    assertRejected(
        InputField.TOTAL,
        InvalidScoreInputsException.NEGATIVE,
        () -> PROCEDURES.score(ScoreInputs.ratio(d("0"), d("-10")), p("3")));
  }

  @Test
  void givesZeroForARatioBelowEveryTier() {
    RatioTiersRule noFloor = new RatioTiersRule(WhenNone.ZERO, List.of(new Tier(d("0.5"), p("1"))));

    assertEquals(Points.ZERO, noFloor.score(ScoreInputs.ratio(d("49"), d("100")), p("1")));
  }

  @Test
  void capsATierConfiguredAboveTheMax() {
    RatioTiersRule misconfigured =
        new RatioTiersRule(
            WhenNone.ZERO, List.of(new Tier(d("1"), p("5")), new Tier(d("0"), p("0"))));

    assertEquals(p("2"), misconfigured.score(ScoreInputs.ratio(d("1"), d("1")), p("2")));
  }

  @Test
  void keepsTiersSortedFromTheHighestBoundWhateverTheOrderGiven() {
    List<Tier> ascending = new ArrayList<>();
    ascending.add(new Tier(d("0"), p("0")));
    ascending.add(new Tier(d("1.0"), p("2")));
    ascending.add(new Tier(d("0.8"), p("1")));

    RatioTiersRule rule = new RatioTiersRule(WhenNone.ZERO, ascending);
    ascending.clear();

    assertEquals(
        List.of(d("1.0"), d("0.8"), d("0")), rule.tiers().stream().map(Tier::minRatio).toList());
    assertEquals(p("1"), rule.score(ScoreInputs.ratio(d("8"), d("10")), p("2")));
    assertThrows(UnsupportedOperationException.class, () -> rule.tiers().remove(0));
  }

  @Test
  void refusesAnEmptyListOfTiers() {
    assertThrows(
        IllegalArgumentException.class, () -> new RatioTiersRule(WhenNone.ZERO, List.of()));
  }

  @Test
  void refusesTwoTiersWithTheSameBound() {
    List<Tier> tiers = List.of(new Tier(d("0.9"), p("1")), new Tier(d("0.90"), p("0.5")));

    assertThrows(IllegalArgumentException.class, () -> new RatioTiersRule(WhenNone.ZERO, tiers));
  }

  @Test
  void refusesATierWithANegativeBound() {
    assertThrows(IllegalArgumentException.class, () -> new Tier(d("-0.1"), p("1")));
  }
}
