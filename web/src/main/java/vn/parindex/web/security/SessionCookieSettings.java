package vn.parindex.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.function.UnaryOperator;

/**
 * The session cookie's attributes. {@code SameSite=Lax}: the browser leaves the cookie off every
 * post from another site, so a forged form arrives signed out (set here: WildFly ignores the {@code
 * <attribute>} of web.xml's cookie-config). {@code Secure} when the portal is served over HTTPS, so
 * that the browser never sends the cookie over plain HTTP: on with the system property {@value
 * #PROPERTY} or the environment variable {@value #ENV} set to {@code true}; off by default, since
 * the demo runs on plain HTTP. {@code HttpOnly} holds everywhere and is set in web.xml.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {
  public static final String PROPERTY = "parindex.secureCookie";
  public static final String ENV = "PARINDEX_SECURE_COOKIE";

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setAttribute("SameSite", "Lax");
    cookie.setSecure(secure(System::getProperty, System::getenv));
  }

  /** Whether the cookie is secure by these sources: the property first, then the environment. */
  static boolean secure(UnaryOperator<String> properties, UnaryOperator<String> env) {
    String value = properties.apply(PROPERTY);
    if (value == null || value.isBlank()) {
      value = env.apply(ENV);
    }
    return value != null && Boolean.parseBoolean(value.strip());
  }
}
