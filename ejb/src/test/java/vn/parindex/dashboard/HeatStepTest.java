package vn.parindex.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeatStepTest {

  @ParameterizedTest
  @CsvSource({
    "0, BELOW_50",
    "49.9, BELOW_50",
    "50, FROM_50",
    "64.9, FROM_50",
    "65, FROM_65",
    "79.99, FROM_65",
    "80, FROM_80",
    "89.9, FROM_80",
    "90, FROM_90",
    "100, FROM_90"
  })
  void eachStepStartsAtItsLowerBoundInclusive(String percent, HeatStep step) {
    assertEquals(step, HeatStep.of(new BigDecimal(percent)));
  }

  @Test
  void aCellWithoutPointsHasNoStep() {
    assertEquals(HeatStep.NONE, HeatStep.of(null));
    assertEquals(0, HeatStep.NONE.level());
  }

  @Test
  void theLegendHasFiveStepsLowestFirst() {
    assertEquals(5, HeatStep.legend().size());
    assertEquals(1, HeatStep.legend().get(0).level());
    assertEquals(5, HeatStep.legend().get(4).level());
  }

  @Test
  void percentOfTheAreasMaximumHasOneDecimal() {
    assertEquals(
        new BigDecimal("83.3"), HeatStep.percent(new BigDecimal("2.5"), new BigDecimal("3")));
    assertEquals(
        new BigDecimal("100.0"), HeatStep.percent(new BigDecimal("7"), new BigDecimal("7")));
  }

  @Test
  void noPercentWithoutPointsOrMaximum() {
    assertNull(HeatStep.percent(null, BigDecimal.TEN));
    assertNull(HeatStep.percent(BigDecimal.ONE, BigDecimal.ZERO));
  }
}
