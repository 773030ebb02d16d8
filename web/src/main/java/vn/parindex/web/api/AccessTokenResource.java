package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.parindex.organisation.AccessTokenService;
import vn.parindex.organisation.AccessTokenView;
import vn.parindex.organisation.IssuedToken;
import vn.parindex.organisation.TokenScope;
import vn.parindex.platform.BusinessException;

/**
 * The caller's personal access tokens: list, create (the answer carries the secret, once) and
 * revoke. Reached with a password only, never with a token ({@link NotForTokens}).
 */
@Path("tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@NotForTokens
public class AccessTokenResource {
  @EJB private AccessTokenService tokens;

  @GET
  public List<AccessTokenView> mine() {
    return tokens.mine();
  }

  @POST
  public Response create(TokenJson body) {
    TokenJson json = TokenJson.orEmpty(body);
    IssuedToken issued = tokens.create(json.name, scope(json.scope), json.expiresOn);
    return Response.status(Response.Status.CREATED).entity(issued).build();
  }

  /** Revokes one of the caller's tokens, or one of an account the caller administers. */
  @DELETE
  @Path("{id}")
  public AccessTokenView revoke(@PathParam("id") long id) {
    return tokens.revoke(id);
  }

  static TokenScope scope(String name) {
    try {
      return TokenScope.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new BusinessException("token.scope.invalid").onField("scope");
    }
  }

  /** Body of POST /api/tokens and /api/users/{username}/tokens; no expiry: 90 days. */
  public static class TokenJson {
    public String name;
    public String scope;
    public LocalDate expiresOn;

    static TokenJson orEmpty(TokenJson json) {
      return json == null ? new TokenJson() : json;
    }
  }
}
