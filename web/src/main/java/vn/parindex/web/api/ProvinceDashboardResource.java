package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import vn.parindex.dashboard.ProvinceDashboard;
import vn.parindex.dashboard.ProvinceDashboardService;

/**
 * The province's dashboard of a campaign's block ({@code ?block=2}, the first block without): the
 * heat map, the ranking, the bands and the change since last year, the figures the page draws.
 */
@Path("campaigns/{campaignId}/dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProvinceDashboardResource {
  @EJB private ProvinceDashboardService dashboards;

  @GET
  public ProvinceDashboard dashboard(
      @PathParam("campaignId") long campaignId, @QueryParam("block") Long block) {
    return dashboards.dashboard(campaignId, block);
  }
}
