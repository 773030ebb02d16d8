package vn.parindex.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.parindex.assessment.Assessment;
import vn.parindex.catalogue.IndexFixture;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Office;

class NotificationLogTest {
  private static final Instant AT = Instant.parse("2023-12-12T00:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2023, 12, 12);

  private Assessment assessment;
  private Office office;

  @BeforeEach
  void assess() {
    AssessedUnit unit =
        new AssessedUnit("UBND huyện An Lão", "district", "UBND tỉnh Bình Định", "An Lão");
    office = new Office(unit, "tu-phap", "Phòng Tư pháp", false);
    assessment = new Assessment(unit, IndexFixture.published(), 2023, LocalDate.of(2023, 12, 15));
  }

  private NotificationLog log(boolean mailOn) {
    return new NotificationLog(
        "e1", assessment, office, NotificationKind.REMINDER, "15/12/2023", DAY, mailOn, AT);
  }

  @Test
  void aNotificationWaitsForItsMailOnlyWhenMailIsOn() {
    assertEquals(Delivery.PENDING, log(true).outcome());
    assertEquals(Delivery.MAIL_OFF, log(false).outcome());
  }

  @Test
  void aFailureKeepsItsReasonCutToTheColumn() {
    NotificationLog log = log(true);

    log.settle(Delivery.FAILED, "tuphap@an-lao.example", "x".repeat(5000), AT);

    assertEquals(Delivery.FAILED, log.outcome());
    assertEquals(NotificationLog.DETAIL_LENGTH, log.detail().length());
    assertEquals("tuphap@an-lao.example", log.recipients());
  }

  @Test
  void onlyAReminderHoldsItsDayForTheOncePerDayIndex() {
    assertEquals(Optional.of(DAY), log(true).reminderDay());
    NotificationLog returned =
        new NotificationLog(
            "e2", assessment, office, NotificationKind.RETURNED, "1.1", DAY, true, AT);
    assertEquals(Optional.empty(), returned.reminderDay());
  }

  @Test
  void aNotificationIsNeverSettledAsPending() {
    assertThrows(
        IllegalArgumentException.class, () -> log(true).settle(Delivery.PENDING, null, null, AT));
  }

  @Test
  void onlySubmittedReturnedAndReminderNoticesAreMailed() {
    assertEquals(
        Optional.of(NotificationKind.RETURNED), NotificationKind.ofNotice("notice.returned"));
    assertEquals(Optional.empty(), NotificationKind.ofNotice("notice.criterionReset"));
  }
}
