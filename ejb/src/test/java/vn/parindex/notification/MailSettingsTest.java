package vn.parindex.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MailSettingsTest {
  private static MailSettings resolve(Map<String, String> properties, Map<String, String> env) {
    return MailSettings.resolve(properties::get, env::get);
  }

  @Test
  void mailIsOffWithoutAHost() {
    MailSettings settings = resolve(Map.of(), Map.of("PARINDEX_SMTP_HOST", "  "));

    assertFalse(settings.mailOn());
    assertEquals(25, settings.smtpPort());
    assertEquals(3, settings.reminderDays());
    assertEquals("http://localhost:8080/", settings.portalUrl());
    assertEquals(Optional.empty(), settings.user());
  }

  @Test
  void aSystemPropertyWinsOverTheEnvironment() {
    MailSettings settings =
        resolve(
            Map.of("parindex.smtp.host", "127.0.0.1", "parindex.smtp.port", "3025"),
            Map.of(
                "PARINDEX_SMTP_HOST", "smtp.anlao.example",
                "PARINDEX_SMTP_USER", "cchc",
                "PARINDEX_SMTP_PASSWORD", "secret",
                "PARINDEX_PORTAL_URL", "https://cchc.anlao.example",
                "PARINDEX_REMINDER_DAYS", "5"));

    assertTrue(settings.mailOn());
    assertEquals("127.0.0.1:3025 as cchc", settings.describe());
    assertEquals("secret", settings.password());
    assertEquals("https://cchc.anlao.example/", settings.portalUrl());
    assertEquals(5, settings.reminderDays());
  }

  @Test
  void aBadNumberOrARelativePortalAddressIsAConfigurationError() {
    assertThrows(
        IllegalStateException.class,
        () -> resolve(Map.of(), Map.of("PARINDEX_REMINDER_DAYS", "three")));
    assertThrows(
        IllegalStateException.class,
        () -> resolve(Map.of(), Map.of("PARINDEX_PORTAL_URL", "cchc")));
    assertThrows(
        IllegalArgumentException.class,
        () -> resolve(Map.of(), Map.of("PARINDEX_REMINDER_DAYS", "-1")));
  }
}
