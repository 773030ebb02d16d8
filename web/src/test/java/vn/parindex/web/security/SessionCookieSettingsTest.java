package vn.parindex.web.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionCookieSettingsTest {
  @Test
  void theCookieIsNotSecureUnlessAskedForSinceTheDemoRunsOnPlainHttp() {
    assertFalse(SessionCookieSettings.secure(name -> null, name -> null));
    assertFalse(
        SessionCookieSettings.secure(name -> null, Map.of("PARINDEX_SECURE_COOKIE", "no")::get));
  }

  @Test
  void theEnvironmentOrThePropertyMakesItSecureAndThePropertyWins() {
    assertTrue(
        SessionCookieSettings.secure(name -> null, Map.of("PARINDEX_SECURE_COOKIE", "true")::get));
    assertTrue(
        SessionCookieSettings.secure(
            Map.of("parindex.secureCookie", " TRUE ")::get,
            Map.of("PARINDEX_SECURE_COOKIE", "false")::get));
    assertFalse(
        SessionCookieSettings.secure(
            Map.of("parindex.secureCookie", "false")::get,
            Map.of("PARINDEX_SECURE_COOKIE", "true")::get));
  }
}
