package vn.parindex.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;

/**
 * The calendar of the assessments: deadlines are days of the offices' own calendar, not of the
 * server's, so "today" is judged in one configured zone wherever the server runs. Every deadline,
 * every "today", every date printed and every time shown comes from the {@link Clock} produced
 * here.
 *
 * <p>The zone: system property {@value #ZONE_PROPERTY}, else environment variable {@value
 * #ZONE_ENV}, else {@code Asia/Ho_Chi_Minh}. An unknown zone stops the deployment rather than
 * silently falling back to the server's.
 */
@ApplicationScoped
public class AssessmentCalendar {
  public static final String ZONE_PROPERTY = "parindex.time.zone";
  public static final String ZONE_ENV = "PARINDEX_TIME_ZONE";
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private static final Logger LOG = Logger.getLogger(AssessmentCalendar.class.getName());

  private ZoneId zone;

  @PostConstruct
  void configure() {
    zone = zone(System::getProperty, System::getenv);
    LOG.info(() -> "Deadlines and dates in the time zone " + zone);
  }

  /** The clock of the assessment calendar: now, and today in the configured zone. */
  @Produces
  Clock clock() {
    return Clock.system(zone);
  }

  /**
   * The zone from these sources.
   *
   * @throws IllegalStateException for a zone Java does not know
   */
  static ZoneId zone(UnaryOperator<String> properties, UnaryOperator<String> env) {
    String name = properties.apply(ZONE_PROPERTY);
    if (name == null || name.isBlank()) {
      name = env.apply(ZONE_ENV);
    }
    if (name == null || name.isBlank()) {
      return DEFAULT_ZONE;
    }
    try {
      return ZoneId.of(name.strip());
    } catch (DateTimeException e) {
      throw new IllegalStateException(
          ZONE_PROPERTY + " / " + ZONE_ENV + " is not a time zone: " + name, e);
    }
  }
}
