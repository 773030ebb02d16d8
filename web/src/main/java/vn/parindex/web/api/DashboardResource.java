package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.parindex.dashboard.DashboardService;
import vn.parindex.dashboard.DashboardView;

/**
 * One assessment at a glance, for the dashboard. A root resource of its own, with the full path,
 * like the consolidation: "assessments" would otherwise be matched first and answer 404.
 */
@Path("assessments/{id}/dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {
  @EJB private DashboardService dashboard;

  @GET
  public DashboardView dashboard(@PathParam("id") long id) {
    return dashboard.dashboard(id);
  }
}
