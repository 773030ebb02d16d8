package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.parindex.organisation.AccessTokenService;
import vn.parindex.organisation.IssuedToken;
import vn.parindex.organisation.OrganisationService;
import vn.parindex.organisation.Role;
import vn.parindex.organisation.SignInLockView;
import vn.parindex.organisation.UserDetails;
import vn.parindex.organisation.UserView;
import vn.parindex.platform.BusinessException;

/**
 * The portal's accounts (administrators): list, create, change, reset the password, disable and
 * enable, see and lift a sign-in lock, give an integration's account a personal access token. No
 * answer ever carries a password or its hash. An office is named by its code, with the unit's id
 * when several units have an office with that code.
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {
  @EJB private OrganisationService organisation;
  @EJB private AccessTokenService tokens;

  @GET
  public List<UserView> users(@QueryParam("unit") Long unit, @QueryParam("office") String office) {
    Long officeId = office == null || office.isBlank() ? null : organisation.officeId(unit, office);
    return organisation.users(unit, officeId);
  }

  @POST
  public Response create(UserJson user) {
    UserJson body = UserJson.orEmpty(user);
    UserView created =
        organisation.createUser(
            body.username,
            details(body),
            body.password == null ? null : body.password.toCharArray());
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @GET
  @Path("{username}")
  public UserView user(@PathParam("username") String username) {
    return organisation.user(username);
  }

  /** Sets display name, e-mail, office and roles as the body gives them (no office: none). */
  @PUT
  @Path("{username}")
  public UserView change(@PathParam("username") String username, UserJson user) {
    return organisation.changeUser(username, details(UserJson.orEmpty(user)));
  }

  @POST
  @Path("{username}/password")
  public Response resetPassword(@PathParam("username") String username, PasswordJson body) {
    String password = body == null ? null : body.password;
    organisation.resetPassword(username, password == null ? null : password.toCharArray());
    return Response.noContent().build();
  }

  @POST
  @Path("{username}/disable")
  public UserView disable(@PathParam("username") String username) {
    return organisation.disable(username);
  }

  @POST
  @Path("{username}/enable")
  public UserView enable(@PathParam("username") String username) {
    return organisation.enable(username);
  }

  /** The account's recent failed sign-ins and until when they refuse it (none: it may sign in). */
  @GET
  @Path("{username}/sign-in")
  public SignInLockView signIn(@PathParam("username") String username) {
    return organisation.signInLock(username);
  }

  /** Lifts the delay or lock that failed sign-ins put on the account. */
  @POST
  @Path("{username}/unlock")
  public Response unlock(@PathParam("username") String username) {
    organisation.unlock(username);
    return Response.noContent().build();
  }

  /** A personal access token for an account the caller administers (an integration's). */
  @POST
  @Path("{username}/tokens")
  @NotForTokens
  public Response createToken(
      @PathParam("username") String username, AccessTokenResource.TokenJson body) {
    AccessTokenResource.TokenJson json = AccessTokenResource.TokenJson.orEmpty(body);
    IssuedToken issued =
        tokens.createFor(
            username, json.name, AccessTokenResource.scope(json.scope), json.expiresOn);
    return Response.status(Response.Status.CREATED).entity(issued).build();
  }

  private UserDetails details(UserJson body) {
    Long officeId =
        body.office == null || body.office.isBlank()
            ? null
            : organisation.officeId(body.unit, body.office);
    return new UserDetails(
        body.displayName, body.email, body.unit, officeId, roles(body.roles), body.province);
  }

  private static Set<Role> roles(List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : names == null ? List.<String>of() : names) {
      try {
        roles.add(Role.valueOf(name.strip().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException | NullPointerException e) {
        throw new BusinessException("request.invalid", "roles: " + name).onField("roles");
      }
    }
    return roles;
  }

  /** Body of POST and PUT /api/users; the password only on POST. */
  public static class UserJson {
    public String username;
    public String displayName;
    public String email;
    public Long unit;
    public String office;
    public List<String> roles;
    public String password;

    /** The province of a Sở Nội vụ, council or appraiser account. */
    public Long province;

    static UserJson orEmpty(UserJson json) {
      return json == null ? new UserJson() : json;
    }
  }

  /** Body of POST /api/users/{username}/password. */
  public static class PasswordJson {
    public String password;
  }
}
