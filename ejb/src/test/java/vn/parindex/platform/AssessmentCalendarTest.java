package vn.parindex.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The zone deadlines are judged in: Vietnam's unless configured, never the server's by accident.
 */
class AssessmentCalendarTest {
  private static ZoneId zone(Map<String, String> properties, Map<String, String> env) {
    return AssessmentCalendar.zone(properties::get, env::get);
  }

  @Test
  void deadlinesAreVietnamsDaysByDefaultWhateverTheServersZone() {
    assertEquals(ZoneId.of("Asia/Ho_Chi_Minh"), zone(Map.of(), Map.of()));
    assertEquals(
        ZoneId.of("Asia/Ho_Chi_Minh"),
        zone(Map.of("parindex.time.zone", " "), Map.of("PARINDEX_TIME_ZONE", "")));
  }

  @Test
  void theEnvironmentSetsTheZoneAndASystemPropertyWinsOverIt() {
    assertEquals(
        ZoneId.of("Asia/Bangkok"), zone(Map.of(), Map.of("PARINDEX_TIME_ZONE", "Asia/Bangkok")));
    assertEquals(
        ZoneId.of("Asia/Tokyo"),
        zone(
            Map.of("parindex.time.zone", "Asia/Tokyo"),
            Map.of("PARINDEX_TIME_ZONE", "Asia/Bangkok")));
  }

  @Test
  void anUnknownZoneStopsTheStartRatherThanFallingBackToTheServers() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> zone(Map.of(), Map.of("PARINDEX_TIME_ZONE", "Asia/Hanoi")));
    assertEquals(
        "parindex.time.zone / PARINDEX_TIME_ZONE is not a time zone: Asia/Hanoi", e.getMessage());
  }
}
