package vn.parindex.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.parindex.scoring.Points;

/** The forms of a respondent group and the values an import replaced keep to their rules. */
class RespondentGroupTest {
  @Test
  void keepsAGroupWithItsCountsAndATrimmedName() {
    RespondentGroup group = new RespondentGroup("  Đại biểu HĐND tỉnh ", 1600, 1412);
    assertEquals("Đại biểu HĐND tỉnh", group.name());
    assertEquals(1600, group.sent());
    assertEquals(1412, group.returned());
  }

  @Test
  void refusesABlankNameNegativeCountsAndMoreReturnedThanSent() {
    assertThrows(IllegalArgumentException.class, () -> new RespondentGroup(" ", 10, 5));
    assertThrows(IllegalArgumentException.class, () -> new RespondentGroup("Xã", -1, null));
    assertThrows(IllegalArgumentException.class, () -> new RespondentGroup("Xã", 10, 11));
  }

  @Test
  void aGroupMayGiveOnlyTheFormsSent() {
    RespondentGroup group = new RespondentGroup("Người dân", 600, null);
    assertEquals(600, group.sent());
    assertEquals(null, group.returned());
  }

  @Test
  void aReplacedValueIsChangedWhenFirstOrDifferent() {
    assertTrue(new ReplacedPoints(1, 2, null, Points.of("1.5")).changed());
    assertTrue(new ReplacedPoints(1, 2, Points.of("2"), Points.of("1.5")).changed());
    assertFalse(new ReplacedPoints(1, 2, Points.of("1.50"), Points.of("1.5")).changed());
    assertEquals(
        Points.of("2"), new ReplacedPoints(1, 2, Points.of("2"), Points.of("1")).previous().get());
  }
}
