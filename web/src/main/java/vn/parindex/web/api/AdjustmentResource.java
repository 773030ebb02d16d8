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
import java.math.BigDecimal;
import java.util.List;
import vn.parindex.results.AdjustmentService;
import vn.parindex.results.AdjustmentView;

/** A unit's bonus and penalty points, node by node, entered by the province with a reason. */
@Path("assessments/{id}/adjustments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdjustmentResource {
  @EJB private AdjustmentService adjustments;

  /** Body of PUT: {"points": 2, "reason": "...", "evidence": 15}; the evidence is optional. */
  public static class AdjustmentRequest {
    public BigDecimal points;
    public String reason;
    public Long evidence;
  }

  @GET
  public List<AdjustmentView> list(@PathParam("id") long id) {
    return adjustments.of(id);
  }

  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public AdjustmentView enter(
      @PathParam("id") long id, @PathParam("code") String code, AdjustmentRequest request) {
    return request == null
        ? adjustments.enter(id, code, null, null, null)
        : adjustments.enter(id, code, request.points, request.reason, request.evidence);
  }

  @DELETE
  @Path("{code}")
  public void clear(@PathParam("id") long id, @PathParam("code") String code) {
    adjustments.clear(id, code);
  }
}
