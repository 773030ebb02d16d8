package vn.parindex.notification;

import java.net.URI;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * How notifications are sent, from configuration: each setting from its system property, else its
 * environment variable, else the default. The SMTP host, port, sender and TLS are also read by the
 * server's mail session {@code java:jboss/mail/ParIndex} (see {@code server.cli}) from the same
 * names; the application reads the host only to know whether mail is on.
 *
 * @param smtpHost the SMTP server, empty when mail is off
 * @param smtpPort its port (only shown in the log: the mail session connects)
 * @param user the SMTP user, empty for a server that needs no authentication
 * @param password the SMTP password
 * @param portalUrl the address of the portal, put in every mail
 * @param reminderDays how many days before the deadline offices are reminded
 */
public record MailSettings(
    Optional<String> smtpHost,
    int smtpPort,
    Optional<String> user,
    String password,
    String portalUrl,
    int reminderDays) {
  public static final String HOST_PROPERTY = "parindex.smtp.host";
  public static final String HOST_ENV = "PARINDEX_SMTP_HOST";
  public static final String PORT_PROPERTY = "parindex.smtp.port";
  public static final String PORT_ENV = "PARINDEX_SMTP_PORT";
  public static final String USER_PROPERTY = "parindex.smtp.user";
  public static final String USER_ENV = "PARINDEX_SMTP_USER";
  public static final String PASSWORD_PROPERTY = "parindex.smtp.password";
  public static final String PASSWORD_ENV = "PARINDEX_SMTP_PASSWORD";
  public static final String PORTAL_URL_PROPERTY = "parindex.portal.url";
  public static final String PORTAL_URL_ENV = "PARINDEX_PORTAL_URL";
  public static final String REMINDER_DAYS_PROPERTY = "parindex.reminder.days";
  public static final String REMINDER_DAYS_ENV = "PARINDEX_REMINDER_DAYS";
  public static final int DEFAULT_PORT = 25;
  public static final String DEFAULT_PORTAL_URL = "http://localhost:8080/";
  public static final int DEFAULT_REMINDER_DAYS = 3;

  public MailSettings {
    if (reminderDays < 0) {
      throw new IllegalArgumentException("Reminders cannot be sent after the deadline");
    }
    portalUrl = portalUrl.endsWith("/") ? portalUrl : portalUrl + "/";
  }

  /** The settings of the running server. */
  public static MailSettings fromEnvironment() {
    return resolve(System::getProperty, System::getenv);
  }

  /**
   * The settings from these sources.
   *
   * @throws IllegalStateException when a number is not a number or the portal URL is not absolute
   */
  static MailSettings resolve(UnaryOperator<String> properties, UnaryOperator<String> env) {
    Optional<String> host = first(properties, env, HOST_PROPERTY, HOST_ENV);
    int port = number(properties, env, PORT_PROPERTY, PORT_ENV, DEFAULT_PORT);
    Optional<String> user = first(properties, env, USER_PROPERTY, USER_ENV);
    String password = first(properties, env, PASSWORD_PROPERTY, PASSWORD_ENV).orElse("");
    String portal =
        first(properties, env, PORTAL_URL_PROPERTY, PORTAL_URL_ENV).orElse(DEFAULT_PORTAL_URL);
    if (!URI.create(portal).isAbsolute()) {
      throw new IllegalStateException(PORTAL_URL_ENV + " must be an absolute URL: " + portal);
    }
    int days =
        number(properties, env, REMINDER_DAYS_PROPERTY, REMINDER_DAYS_ENV, DEFAULT_REMINDER_DAYS);
    return new MailSettings(host, port, user, password, portal, days);
  }

  /** Mail is sent only when an SMTP host is configured. */
  public boolean mailOn() {
    return smtpHost.isPresent();
  }

  /** For the log: where mail goes, never the password. */
  public String describe() {
    return smtpHost.map(h -> h + ":" + smtpPort + user.map(u -> " as " + u).orElse("")).orElse("");
  }

  private static Optional<String> first(
      UnaryOperator<String> properties, UnaryOperator<String> env, String property, String var) {
    String a = properties.apply(property);
    if (a != null && !a.isBlank()) {
      return Optional.of(a.strip());
    }
    String b = env.apply(var);
    return b == null || b.isBlank() ? Optional.empty() : Optional.of(b.strip());
  }

  private static int number(
      UnaryOperator<String> properties,
      UnaryOperator<String> env,
      String property,
      String var,
      int fallback) {
    Optional<String> text = first(properties, env, property, var);
    try {
      return text.map(Integer::parseInt).orElse(fallback);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(property + " / " + var + " is not a number: " + text, e);
    }
  }
}
