package vn.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PointsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"1.005, 1.01", "1.004, 1.00", "0.125, 0.13", "0.0625, 0.06", "2, 2.00", "0, 0.00"})
  void roundsHalfUpToTwoPlaces(String given, String expected) {
    Points points = Points.of(given);

    assertEquals(expected, points.toString());
    assertEquals(2, points.toBigDecimal().scale());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.01", "-0.001", "-1"})
  void rejectsNegativeAmountsEvenWhenTheyWouldRoundToZero(String negative) {
    assertThrows(IllegalArgumentException.class, () -> Points.of(negative));
    assertThrows(IllegalArgumentException.class, () -> Points.of(new BigDecimal(negative)));
  }

  @Test
  void rejectsTextThatIsNotADecimal() {
    assertThrows(NumberFormatException.class, () -> Points.of("1,5"));
  }

  @Test
  void equalsOnTheTwoPlaceValueWhateverTheScaleGiven() {
    Points oneAndAHalf = Points.of("1.5");

    assertEquals(Points.of("1.50"), oneAndAHalf);
    assertEquals(Points.of(new BigDecimal("1.500")), oneAndAHalf);
    assertEquals(Points.of("1.50").hashCode(), oneAndAHalf.hashCode());
    assertNotEquals(Points.of("1.51"), oneAndAHalf);
  }

  @Test
  void printsAPlainDecimalEvenForAnExponentInput() {
    assertEquals("10.00", Points.of(new BigDecimal("1E+1")).toString());
    assertEquals("1.25", Points.of("1.25").toString());
  }

  @Test
  void zeroIsZeroWithTwoPlaces() {
    assertEquals(Points.of("0"), Points.ZERO);
    assertEquals("0.00", Points.ZERO.toString());
  }

  @Test
  void addsTwoAmounts() {
    assertEquals(Points.of("2.75"), Points.of("1.5").plus(Points.of("1.25")));
  }

  @Test
  void multipliesByAFractionRoundingHalfUp() {
    assertEquals(Points.of("0.50"), Points.of("1").times(new BigDecimal("0.5")));
    assertEquals(Points.of("0.13"), Points.of("0.25").times(new BigDecimal("0.5")));
    assertEquals(Points.of("0.12"), Points.of("0.25").times(new BigDecimal("0.499")));
  }

  @Test
  void rejectsANegativeFactor() {
    assertThrows(IllegalArgumentException.class, () -> Points.of("1").times(new BigDecimal("-1")));
  }

  @Test
  void subtractsDownToZeroButNotBelow() {
    assertEquals(Points.of("0.50"), Points.of("2").minusOrZero(Points.of("1.5")));
    assertEquals(Points.ZERO, Points.of("1").minusOrZero(Points.of("1")));
    assertEquals(Points.ZERO, Points.of("1").minusOrZero(Points.of("1.01")));
  }

  @Test
  void capsAtTheGivenAmount() {
    Points small = Points.of("1");
    Points cap = Points.of("1.5");

    assertSame(small, small.atMost(cap));
    assertEquals(cap, Points.of("3").atMost(cap));
    assertEquals(cap, Points.of("1.50").atMost(cap));
  }

  @Test
  void comparesByValue() {
    assertTrue(Points.of("1.01").isGreaterThan(Points.of("1")));
    assertFalse(Points.of("1.0").isGreaterThan(Points.of("1")));
    assertFalse(Points.of("0.99").isGreaterThan(Points.of("1")));

    List<Points> points =
        new ArrayList<>(List.of(Points.of("2"), Points.of("0.25"), Points.of("1.5")));
    Collections.sort(points);
    assertEquals(List.of(Points.of("0.25"), Points.of("1.5"), Points.of("2")), points);
  }

  @Test
  void sumsACollectionAndAnEmptyOneToZero() {
    assertEquals(
        Points.of("4.75"),
        Points.sum(List.of(Points.of("1.5"), Points.of("3"), Points.of("0.25"))));
    assertEquals(Points.ZERO, Points.sum(List.of()));
  }
}
