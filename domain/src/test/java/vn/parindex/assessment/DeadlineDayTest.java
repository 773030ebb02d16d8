package vn.parindex.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.parindex.catalogue.IndexFixture;
import vn.parindex.organisation.AssessedUnit;

/**
 * The deadline day ends at midnight in Vietnam (UTC+7, no summer time): the services ask with the
 * day of the assessment calendar's clock, never with the server's own day.
 */
class DeadlineDayTest {
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 4);

  private final Assessment assessment =
      new Assessment(
          new AssessedUnit("UBND huyện An Lão", "district", "UBND tỉnh Bình Định", "An Lão"),
          IndexFixture.published(),
          2026,
          DEADLINE);

  private static LocalDate today(String instant, ZoneId zone) {
    return LocalDate.now(Clock.fixed(Instant.parse(instant), zone));
  }

  @Test
  void theLastSecondOfTheDeadlineDayInVietnamStillAcceptsChanges() {
    assertTrue(assessment.acceptsChangesOn(today("2026-12-04T16:59:59Z", VIETNAM)));
  }

  @Test
  void midnightInVietnamClosesTheDeadline() {
    assertFalse(assessment.acceptsChangesOn(today("2026-12-04T17:00:00Z", VIETNAM)));
  }

  @Test
  void aServerJudgingByItsOwnZoneWouldBeWrongOnBothSides() {
    // 23:30 on the deadline day in Vietnam is already the next day in Tokyo: locked out too early
    assertEquals(LocalDate.of(2026, 12, 5), today("2026-12-04T16:30:00Z", ZoneId.of("Asia/Tokyo")));
    assertTrue(assessment.acceptsChangesOn(today("2026-12-04T16:30:00Z", VIETNAM)));
    // 08:00 the morning after in Vietnam is still the deadline day in Los Angeles: open too long
    assertEquals(
        LocalDate.of(2026, 12, 4), today("2026-12-05T01:00:00Z", ZoneId.of("America/Los_Angeles")));
    assertFalse(assessment.acceptsChangesOn(today("2026-12-05T01:00:00Z", VIETNAM)));
  }

  @Test
  void anOfficeIsLateOnlyFromTheDayAfterTheDeadlineInVietnam() {
    assertFalse(assessment.isOverdue(false, null, today("2026-12-04T16:59:59Z", VIETNAM)));
    assertTrue(assessment.isOverdue(false, null, today("2026-12-04T17:00:00Z", VIETNAM)));
  }
}
