package vn.parindex.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.ScheduleExpression;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {
  private static ReminderSchedule resolve(Map<String, String> properties, Map<String, String> env) {
    return ReminderSchedule.resolve(properties::get, env::get);
  }

  @Test
  void theRemindersRunAtSevenInTheMorningByDefault() {
    assertEquals(new ReminderSchedule("7", "0"), resolve(Map.of(), Map.of()));
    assertEquals(
        new ReminderSchedule("7", "0"), resolve(Map.of(), Map.of("PARINDEX_REMINDER_AT", " ")));
  }

  @Test
  void theTimeComesFromThePropertyBeforeTheEnvironment() {
    assertEquals(
        new ReminderSchedule("6", "30"),
        resolve(Map.of("parindex.reminder.at", "06:30"), Map.of("PARINDEX_REMINDER_AT", "08:00")));
    assertEquals(
        new ReminderSchedule("18", "5"),
        resolve(Map.of(), Map.of("PARINDEX_REMINDER_AT", "18:05")));
  }

  @Test
  void everyMinuteIsWrittenWithStars() {
    ScheduleExpression every =
        resolve(Map.of(), Map.of("PARINDEX_REMINDER_AT", "*:*")).in(ZoneId.of("Asia/Ho_Chi_Minh"));

    assertEquals("*", every.getHour());
    assertEquals("*", every.getMinute());
    assertEquals("Asia/Ho_Chi_Minh", every.getTimezone());
  }

  @Test
  void aTimeThatIsNotHoursAndMinutesStopsTheServerWithTheSettingNamed() {
    for (String wrong : new String[] {"7", "24:00", "07:60", "7h30", "*/5:0"}) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> resolve(Map.of(), Map.of("PARINDEX_REMINDER_AT", wrong)));
      assertEquals(true, e.getMessage().contains("PARINDEX_REMINDER_AT"), e.getMessage());
    }
  }
}
