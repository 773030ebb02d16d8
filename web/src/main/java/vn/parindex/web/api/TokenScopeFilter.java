package vn.parindex.web.api;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import vn.parindex.kernel.Refusal;
import vn.parindex.organisation.TokenScope;
import vn.parindex.web.security.PortalAuthenticationMechanism;

/**
 * Holds a request authenticated by a personal access token within the token's scope: a READ token
 * only reads (GET, HEAD), and no token reaches the token endpoints ({@link NotForTokens}). The
 * services then apply the owner's own permissions as for any caller.
 */
@Provider
public class TokenScopeFilter implements ContainerRequestFilter {
  @Inject private RefusalAnswers answers;
  @Context private HttpServletRequest request;
  @Context private HttpHeaders headers;
  @Context private ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext context) {
    if (!(request.getAttribute(PortalAuthenticationMechanism.TOKEN_SCOPE)
        instanceof TokenScope scope)) {
      return;
    }
    if (forbidsTokens()) {
      context.abortWith(answers.of(Refusal.forbidden("token.endpoints.notWithToken"), headers));
    } else if (!scope.allows(context.getMethod())) {
      context.abortWith(answers.of(Refusal.forbidden("token.scope.readOnly"), headers));
    }
  }

  private boolean forbidsTokens() {
    return (resource.getResourceMethod() != null
            && resource.getResourceMethod().isAnnotationPresent(NotForTokens.class))
        || (resource.getResourceClass() != null
            && resource.getResourceClass().isAnnotationPresent(NotForTokens.class));
  }
}
