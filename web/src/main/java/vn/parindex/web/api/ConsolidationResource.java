package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.parindex.consolidation.ConsolidationService;
import vn.parindex.consolidation.ConsolidationView;

/**
 * The unit's consolidated scorecard. A root resource of its own, with the full path, so that it
 * does not shadow the other sub-resources of an assessment.
 */
@Path("assessments/{id}/consolidation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConsolidationResource {
  @EJB private ConsolidationService consolidation;

  @GET
  public ConsolidationView consolidation(@PathParam("id") long id) {
    return consolidation.consolidate(id);
  }
}
