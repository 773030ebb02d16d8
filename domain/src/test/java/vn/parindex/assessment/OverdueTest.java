package vn.parindex.assessment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.parindex.catalogue.IndexFixture;
import vn.parindex.organisation.AssessedUnit;

/** An office is late when it has not handed everything in after the deadline and no extension. */
class OverdueTest {
  private static final LocalDate DEADLINE = LocalDate.of(2023, 12, 15);
  private static final LocalDate DAY_AFTER = DEADLINE.plusDays(1);

  private final Assessment assessment =
      new Assessment(
          new AssessedUnit("UBND huyện An Lão", "district", "UBND tỉnh Bình Định", "An Lão"),
          IndexFixture.published(),
          2023,
          DEADLINE);

  @Test
  void anOfficeIsNotLateOnTheDeadlineDayItself() {
    assertFalse(assessment.isOverdue(false, null, DEADLINE));
  }

  @Test
  void anUnfinishedOfficeIsLateTheDayAfterTheDeadline() {
    assertTrue(assessment.isOverdue(false, null, DAY_AFTER));
  }

  @Test
  void aFinishedOfficeIsNeverLate() {
    assertFalse(assessment.isOverdue(true, null, DAY_AFTER.plusDays(30)));
  }

  @Test
  void anExtensionRunningUntilTodayKeepsTheOfficeOnTime() {
    assertFalse(assessment.isOverdue(false, DAY_AFTER, DAY_AFTER));
    assertTrue(assessment.isOverdue(false, DAY_AFTER, DAY_AFTER.plusDays(1)));
  }
}
