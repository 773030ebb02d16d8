package vn.parindex.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The security headers of every answer: pages, resources, files, API answers and error pages. No
 * other site may frame the portal, browsers do not guess content types, and no address leaves the
 * site in a Referer.
 *
 * <p>The Content-Security-Policy set here is the strict one of answers that are not pages (JSON,
 * files, scripts, styles). A page replaces it with its own: PrimeFaces (context parameters {@code
 * primefaces.CSP} and {@code primefaces.CSP_POLICY} in web.xml) adds the policy with the nonce of
 * that answer's scripts, and this filter lets that policy take the place of the strict one rather
 * than join it (two policies would both apply, and the strict one would block the page).
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {
  static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";

  /** Nothing loads, nothing frames: the policy of everything that is not a page. */
  static final String STRICT_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    applyTo(response);
    chain.doFilter(request, new PagePolicy(response));
  }

  /** Sets the headers on an answer, also those written before any filter runs (a sign-in). */
  static void applyTo(HttpServletResponse response) {
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader(CONTENT_SECURITY_POLICY, STRICT_POLICY);
  }

  /** Lets a page's own Content-Security-Policy replace the strict one instead of adding to it. */
  private static final class PagePolicy extends HttpServletResponseWrapper {
    PagePolicy(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void addHeader(String name, String value) {
      if (CONTENT_SECURITY_POLICY.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      } else {
        super.addHeader(name, value);
      }
    }
  }
}
