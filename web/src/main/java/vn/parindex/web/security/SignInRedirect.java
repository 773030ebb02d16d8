package vn.parindex.web.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Sends a person who is not signed in (never, or no longer: the session expired) to the sign-in
 * page and brings them back afterwards. A page asked for by its address (a deep link) is remembered
 * as it was asked for. An ajax action of a page whose session expired cannot be answered with a
 * plain redirect, which the page would swallow silently: it gets the Faces partial-response
 * redirect to the sign-in page saying that the session expired, and the page it came from is
 * remembered. Only addresses of this application are remembered.
 */
final class SignInRedirect {
  static final String RETURN_TO = SignInRedirect.class.getName() + ".returnTo";

  private SignInRedirect() {}

  static AuthenticationStatus toSignIn(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    boolean ajax = "partial/ajax".equals(request.getHeader("Faces-Request"));
    boolean expired =
        ajax || (request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid());
    returnTarget(request, ajax)
        .ifPresent(target -> request.getSession(true).setAttribute(RETURN_TO, target));
    String signIn =
        request.getContextPath()
            + PortalAuthenticationMechanism.LOGIN_PAGE
            + (expired ? "?expired=true" : "");
    if (!ajax) {
      return context.redirect(signIn);
    }
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    try {
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + signIn.replace("&", "&amp;").replace("\"", "&quot;")
                  + "\"/></partial-response>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_CONTINUE;
  }

  /** Where to go once signed in: the remembered page, once; else the home page. */
  static String afterSignIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object target = session == null ? null : session.getAttribute(RETURN_TO);
    if (session != null) {
      session.removeAttribute(RETURN_TO);
    }
    return target instanceof String page ? page : request.getContextPath() + "/";
  }

  /** The page asked for, or for an ajax action the page it was made on. */
  private static Optional<String> returnTarget(HttpServletRequest request, boolean ajax) {
    if (!ajax) {
      String query = request.getQueryString();
      return "GET".equals(request.getMethod())
          ? page(request, request.getRequestURI() + (query == null ? "" : "?" + query))
          : Optional.empty();
    }
    return pageOfAction(request);
  }

  /**
   * The page an ajax action was made on, with its query (the action itself is posted to the bare
   * page address): its Referer, when it is a page of this application.
   */
  static Optional<String> pageOfAction(HttpServletRequest request) {
    String referer = request.getHeader("Referer");
    if (referer == null) {
      return page(request, request.getRequestURI());
    }
    try {
      URI from = new URI(referer);
      if (from.getHost() == null || !from.getHost().equalsIgnoreCase(request.getServerName())) {
        return Optional.empty();
      }
      String query = from.getRawQuery();
      return page(request, from.getRawPath() + (query == null ? "" : "?" + query));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * A page of the portal, never another site, a resource (the browser's favicon request must not
   * replace the page) or the sign-in page itself.
   */
  private static Optional<String> page(HttpServletRequest request, String target) {
    String root = request.getContextPath() + "/";
    String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
    boolean ours =
        target.startsWith(root)
            && !target.startsWith("//")
            && !target.contains("\\")
            && (path.equals(root) || path.endsWith(".xhtml"))
            && !path.equals(request.getContextPath() + PortalAuthenticationMechanism.LOGIN_PAGE);
    return ours ? Optional.of(target) : Optional.empty();
  }
}
