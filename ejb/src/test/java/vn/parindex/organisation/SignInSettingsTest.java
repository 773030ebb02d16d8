package vn.parindex.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignInSettingsTest {
  private static SignInSettings resolve(Map<String, String> properties, Map<String, String> env) {
    return SignInSettings.resolve(properties::get, env::get);
  }

  @Test
  void byDefaultFiveFailuresStartADoublingDelayAndTenLockForFifteenMinutes() {
    SignInSettings settings = resolve(Map.of(), Map.of());
    assertEquals(
        new ThrottleRule(5, Duration.ofSeconds(1), 10, Duration.ofMinutes(15)), settings.account());
    assertEquals(
        new ThrottleRule(20, Duration.ofSeconds(1), 100, Duration.ofMinutes(15)),
        settings.address());
  }

  @Test
  void aSystemPropertyWinsOverTheEnvironment() {
    SignInSettings settings =
        resolve(
            Map.of("parindex.signin.lock.after", "6", "parindex.signin.address.lock.after", "0"),
            Map.of(
                "PARINDEX_SIGNIN_LOCK_AFTER", "8",
                "PARINDEX_SIGNIN_DELAY_AFTER", "3",
                "PARINDEX_SIGNIN_FIRST_DELAY_SECONDS", "2",
                "PARINDEX_SIGNIN_LOCK_MINUTES", "30",
                "PARINDEX_SIGNIN_ADDRESS_DELAY_AFTER", "50"));
    assertEquals(
        new ThrottleRule(3, Duration.ofSeconds(2), 6, Duration.ofMinutes(30)), settings.account());
    assertEquals(
        new ThrottleRule(50, Duration.ofSeconds(2), 0, Duration.ofMinutes(30)), settings.address());
  }

  @Test
  void aSettingThatIsNotACountStopsTheServer() {
    assertThrows(
        IllegalStateException.class,
        () -> resolve(Map.of(), Map.of("PARINDEX_SIGNIN_LOCK_AFTER", "ten")));
    assertThrows(
        IllegalStateException.class,
        () -> resolve(Map.of(), Map.of("PARINDEX_SIGNIN_DELAY_AFTER", "-1")));
    assertThrows(
        IllegalStateException.class,
        () -> resolve(Map.of(), Map.of("PARINDEX_SIGNIN_LOCK_MINUTES", "0")));
  }
}
