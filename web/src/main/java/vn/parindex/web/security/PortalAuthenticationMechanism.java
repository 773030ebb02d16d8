package vn.parindex.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.parindex.organisation.AccountService;
import vn.parindex.organisation.Role;
import vn.parindex.organisation.TokenCaller;
import vn.parindex.organisation.TokenScope;

/**
 * One mechanism for both kinds of caller, since Jakarta EE 10 allows one per application: API
 * requests authenticate on every call with a personal access token ({@code Authorization: Bearer},
 * cheap: one indexed lookup) or with HTTP Basic (a password hash per call, kept for older clients);
 * people sign in once on the login page and stay signed in for their session, which the API
 * ignores. A token's scope is left on the request ({@link #TOKEN_SCOPE}) for the API to enforce.
 * Unauthenticated page requests go to the login page, API requests get a 401 challenge.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {
  static final String SESSION_CALLER = PortalAuthenticationMechanism.class.getName() + ".caller";
  static final String LOGIN_PAGE = "/login.xhtml";

  /**
   * Request attribute: the {@link TokenScope} of the token that authenticated an API request;
   * absent for any other caller.
   */
  public static final String TOKEN_SCOPE = PortalAuthenticationMechanism.class.getName() + ".token";

  @Inject private IdentityStoreHandler identityStore;
  @EJB private AccountService accounts;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // the answers decided here (a 401, the way to the login page) are written before any filter
    SecurityHeadersFilter.applyTo(response);
    Credential submitted = context.getAuthParameters().getCredential();
    if (submitted != null) {
      return signIn(request, context, identityStore.validate(submitted));
    }
    Optional<String> bearer = isApi(request) ? bearerToken(request) : Optional.empty();
    if (bearer.isPresent()) {
      Optional<TokenCaller> token =
          accounts.authenticateToken(bearer.get(), request.getRemoteAddr());
      if (token.isEmpty()) {
        response.setHeader(
            "WWW-Authenticate", "Bearer realm=\"PAR Index\", error=\"invalid_token\"");
        return context.responseUnauthorized();
      }
      request.setAttribute(TOKEN_SCOPE, token.get().scope());
      return context.notifyContainerAboutLogin(
          token.get().username(),
          token.get().roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
    Optional<UsernamePasswordCredential> basic = basicCredential(request);
    if (basic.isPresent()) {
      CredentialValidationResult result = identityStore.validate(basic.get());
      return result.getStatus() == CredentialValidationResult.Status.VALID
          ? context.notifyContainerAboutLogin(result)
          : challenge(response, context);
    }
    // the API answers to its own credentials alone: a page of another site can make the browser
    // send the portal's cookie along with a forged request, never a Basic header
    SignedInCaller caller = isApi(request) ? null : signedIn(request);
    if (caller != null && accounts.mayStaySignedIn(caller.name())) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    if (caller != null) {
      // disabled since it signed in: the session ends at its next request
      request.getSession().invalidate();
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return challenge(response, context);
    }
    return SignInRedirect.toSignIn(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_CALLER);
    }
  }

  private AuthenticationStatus signIn(
      HttpServletRequest request, HttpMessageContext context, CredentialValidationResult result) {
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      // no 401 error page here: the login page answers the failure itself
      return AuthenticationStatus.SEND_FAILURE;
    }
    // a new session id on sign-in defeats session fixation
    request.getSession(true);
    request.changeSessionId();
    request
        .getSession()
        .setAttribute(
            SESSION_CALLER,
            new SignedInCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
    return context.notifyContainerAboutLogin(result);
  }

  private static SignedInCaller signedIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (SignedInCaller) session.getAttribute(SESSION_CALLER);
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static AuthenticationStatus challenge(
      HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"PAR Index\", charset=\"UTF-8\"");
    return context.responseUnauthorized();
  }

  private static Optional<String> bearerToken(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    return Optional.of(header.substring(7).strip());
  }

  private static Optional<UsernamePasswordCredential> basicCredential(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    return Optional.of(
        new UsernamePasswordCredential(
            decoded.substring(0, colon), new Password(decoded.substring(colon + 1))));
  }
}
