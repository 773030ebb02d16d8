package vn.parindex.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CriterionCodeTest {

  private static CriterionCode c(String code) {
    return CriterionCode.of(code);
  }

  @ParameterizedTest(name = "{0} has depth {1}")
  @CsvSource({"1, 1", "S, 1", "1.5, 2", "1.5.1, 3", "7.5.6, 3", "10.12, 2"})
  void parsesAreasCriteriaAndComponents(String code, int depth) {
    CriterionCode parsed = c(code);

    assertEquals(code, parsed.toString());
    assertEquals(depth, parsed.depth());
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "1..2", ".1", "1.", "1.5 ", "1-2", "1,5", "1/5", "Đ"})
  void rejectsCodesThatAreNotSegmentsSeparatedByDots(String code) {
    assertThrows(IllegalArgumentException.class, () -> c(code));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"1.5.1, 1.5", "1.5, 1", "10.12, 10"})
  void knowsItsParent(String code, String parent) {
    assertEquals(Optional.of(c(parent)), c(code).parent());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1", "8", "S"})
  void anAreaHasNoParent(String code) {
    assertEquals(Optional.empty(), c(code).parent());
  }

  @Test
  void isAncestorOfItsDescendantsOnly() {
    assertTrue(c("1").isAncestorOf(c("1.5.1")));
    assertTrue(c("1.5").isAncestorOf(c("1.5.1")));
    assertFalse(c("1.5").isAncestorOf(c("1.5")));
    assertFalse(c("1.5.1").isAncestorOf(c("1.5")));
    assertFalse(c("1").isAncestorOf(c("10.1")));
    assertFalse(c("1.5").isAncestorOf(c("1.51")));
  }

  @Test
  void sortsInScorecardOrder() {
    List<CriterionCode> expected =
        List.of(
            c("1"),
            c("1.1"),
            c("1.2"),
            c("1.5"),
            c("1.5.1"),
            c("1.5.2"),
            c("1.9"),
            c("1.10"),
            c("2"),
            c("8"),
            c("8.3"),
            c("10"),
            c("S"));
    List<CriterionCode> shuffled = new ArrayList<>(expected);
    Collections.reverse(shuffled);
    Collections.swap(shuffled, 0, 6);

    Collections.sort(shuffled);

    assertEquals(expected, shuffled);
  }

  @Test
  void ordersLeadingZerosConsistentlyWithEquals() {
    assertNotEquals(c("01"), c("1"));
    assertNotEquals(0, c("01").compareTo(c("1")));
    assertTrue(c("01").compareTo(c("2")) < 0);
  }

  @Test
  void equalsOnTheCode() {
    assertEquals(c("1.5.1"), c("1.5.1"));
    assertEquals(c("1.5.1").hashCode(), c("1.5.1").hashCode());
    assertNotEquals(c("1.5.1"), c("1.5.2"));
  }
}
