package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import vn.parindex.appraisal.RemedialActionService;
import vn.parindex.appraisal.RemedialActionView;
import vn.parindex.appraisal.RemedialEntry;
import vn.parindex.appraisal.RemedialPlan;

/**
 * The unit's remedial plan (kế hoạch khắc phục): the criteria where its approved result lost
 * points, the action it records on each, and last year's actions beside this year's criteria.
 */
@Path("assessments/{id}/remedial-actions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RemedialActionResource {
  @EJB private RemedialActionService remedial;

  /** Body of PUT .../{code}: {"action": "...", "office": "tu-phap", "due": "2026-06-30"}. */
  public static class ActionRequest {
    public String action;
    public String office;
    public LocalDate due;
  }

  @GET
  public RemedialPlan plan(@PathParam("id") long id) {
    return remedial.of(id);
  }

  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public RemedialActionView record(
      @PathParam("id") long id, @PathParam("code") String code, ActionRequest request) {
    ActionRequest body = request == null ? new ActionRequest() : request;
    return remedial.record(id, code, new RemedialEntry(body.action, body.office, body.due));
  }

  @DELETE
  @Path("{code}")
  public Response remove(@PathParam("id") long id, @PathParam("code") String code) {
    remedial.remove(id, code);
    return Response.noContent().build();
  }
}
