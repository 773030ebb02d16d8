package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import vn.parindex.consolidation.ConsolidationService;
import vn.parindex.consolidation.ConsolidationView;

/** The survey part of an assessment, entered by the consolidating office criterion by criterion. */
@Path("assessments/{id}/survey")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResource {
  @EJB private ConsolidationService consolidation;

  /** Body of PUT: {"points": 25.5}. */
  public static class SurveyRequest {
    public BigDecimal points;
  }

  /** Enters the survey points of one criterion; answers the consolidation with the new totals. */
  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ConsolidationView enter(
      @PathParam("id") long id, @PathParam("code") String code, SurveyRequest request) {
    consolidation.enterSurveyPoints(id, code, request == null ? null : request.points);
    return consolidation.consolidate(id);
  }

  @DELETE
  @Path("{code}")
  public ConsolidationView clear(@PathParam("id") long id, @PathParam("code") String code) {
    consolidation.clearSurveyPoints(id, code);
    return consolidation.consolidate(id);
  }
}
