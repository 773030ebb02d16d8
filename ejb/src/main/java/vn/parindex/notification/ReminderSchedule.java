package vn.parindex.notification;

import jakarta.ejb.ScheduleExpression;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When the daily reminders run, as {@code HH:mm} of the assessment calendar: 07:00 unless {@code
 * PARINDEX_REMINDER_AT} (or the system property {@code parindex.reminder.at}) says otherwise. Each
 * part may be {@code *}, as in an EJB schedule: {@code *:*} runs every minute, which is how the
 * cluster's failover test makes every node race for the same reminders.
 */
public record ReminderSchedule(String hour, String minute) {
  public static final String PROPERTY = "parindex.reminder.at";
  public static final String ENV = "PARINDEX_REMINDER_AT";
  private static final Pattern AT = Pattern.compile("(\\*|[01]?\\d|2[0-3]):(\\*|[0-5]?\\d)");

  /** The schedule of the running server. */
  public static ReminderSchedule fromEnvironment() {
    return resolve(System::getProperty, System::getenv);
  }

  /**
   * The schedule from these sources, the property first.
   *
   * @throws IllegalStateException when the setting is not {@code HH:mm}
   */
  static ReminderSchedule resolve(UnaryOperator<String> properties, UnaryOperator<String> env) {
    Optional<String> text =
        Optional.ofNullable(properties.apply(PROPERTY))
            .or(() -> Optional.ofNullable(env.apply(ENV)))
            .map(String::strip)
            .filter(s -> !s.isEmpty());
    if (text.isEmpty()) {
      return new ReminderSchedule("7", "0");
    }
    Matcher at = AT.matcher(text.get());
    if (!at.matches()) {
      throw new IllegalStateException(ENV + " must be HH:mm (each part a number or *): " + text);
    }
    return new ReminderSchedule(number(at.group(1)), number(at.group(2)));
  }

  /** The timer's schedule in the calendar's zone, not the server's. */
  ScheduleExpression in(ZoneId zone) {
    return new ScheduleExpression().hour(hour).minute(minute).timezone(zone.getId());
  }

  private static String number(String part) {
    return "*".equals(part) ? part : Integer.toString(Integer.parseInt(part));
  }
}
