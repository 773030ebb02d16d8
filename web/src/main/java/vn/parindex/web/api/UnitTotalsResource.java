package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.parindex.dashboard.DashboardService;
import vn.parindex.dashboard.UnitTotal;
import vn.parindex.platform.BusinessException;

/** The totals of the units the caller may see, for one year, side by side. */
@Path("dashboard/units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UnitTotalsResource {
  @EJB private DashboardService dashboard;

  @GET
  public List<UnitTotal> units(@QueryParam("year") Integer year) {
    if (year == null) {
      throw new BusinessException("dashboard.yearRequired").onField("year");
    }
    return dashboard.unitTotals(year);
  }
}
