package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.parindex.organisation.OrganisationService;
import vn.parindex.organisation.SignInLockView;

/**
 * The user names and client addresses that failed sign-ins currently hold back (administrators),
 * and lifting the lock of an address; an account's is lifted at {@code /users/{username}/unlock}.
 */
@Path("sign-in-locks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SignInLockResource {
  @EJB private OrganisationService organisation;

  @GET
  public List<SignInLockView> locks() {
    return organisation.signInLocks();
  }

  @POST
  @Path("addresses/{address}/unlock")
  public Response unlockAddress(@PathParam("address") String address) {
    organisation.unlockAddress(address);
    return Response.noContent().build();
  }
}
