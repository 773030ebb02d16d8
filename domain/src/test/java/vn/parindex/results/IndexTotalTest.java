package vn.parindex.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class IndexTotalTest {
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private static IndexTotal total(
      String appraised, String survey, String bonus, String penalty, boolean bounded) {
    return new IndexTotal(
        new BigDecimal(appraised),
        new BigDecimal(survey),
        new BigDecimal(bonus),
        new BigDecimal(penalty),
        HUNDRED,
        bounded);
  }

  @Test
  void addsSurveyAndBonusAndTakesPenaltyOff() {
    IndexTotal total = total("52.5", "28.25", "2", "1.5", true);

    assertEquals(new BigDecimal("81.25"), total.total());
    assertEquals(new BigDecimal("81.25"), total.percent());
  }

  @Test
  void bonusDoesNotLiftABoundedTotalAboveTheMaximum() {
    assertEquals(new BigDecimal("100.00"), total("64", "34", "5", "0", true).total());
  }

  @Test
  void penaltyDoesNotTakeABoundedTotalBelowZero() {
    assertEquals(new BigDecimal("0.00"), total("1", "0", "0", "4", true).total());
  }

  @Test
  void anUnboundedTotalMayLeaveZeroToMax() {
    assertEquals(new BigDecimal("103.00"), total("64", "34", "5", "0", false).total());
    assertEquals(new BigDecimal("-3.00"), total("1", "0", "0", "4", false).total());
  }

  @Test
  void missingPartsCountAsZero() {
    IndexTotal total = new IndexTotal(new BigDecimal("40"), null, null, null, HUNDRED, true);

    assertEquals(new BigDecimal("40.00"), total.total());
    assertEquals(new BigDecimal("0.00"), total.survey());
  }

  @Test
  void percentOfAnotherMaximumHasTwoPlacesRoundedHalfUp() {
    IndexTotal total =
        new IndexTotal(
            new BigDecimal("2"), null, null, null, new BigDecimal("3"), true); // 66.666..

    assertEquals(new BigDecimal("66.67"), total.percent());
    assertEquals(
        new BigDecimal("0.01"),
        new IndexTotal(new BigDecimal("0.01"), null, null, null, new BigDecimal("200"), true)
            .percent()); // 0.005 rounds up
  }

  @Test
  void negativePartsAndNoMaximumAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> total("-1", "0", "0", "0", true));
    assertThrows(
        IllegalArgumentException.class,
        () -> new IndexTotal(BigDecimal.ONE, null, null, null, BigDecimal.ZERO, true));
  }
}
