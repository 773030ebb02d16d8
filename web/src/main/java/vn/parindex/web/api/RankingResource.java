package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.parindex.consolidation.RankedUnit;
import vn.parindex.consolidation.RankingService;
import vn.parindex.platform.BusinessException;

/** The units of a level ranked by their grand total for a year ({@code ?year=2023}). */
@Path("rankings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RankingResource {
  @EJB private RankingService ranking;

  @GET
  public List<RankedUnit> ranking(
      @QueryParam("year") Integer year,
      @QueryParam("level") @DefaultValue("district") String level) {
    if (year == null) {
      throw new BusinessException("ranking.yearRequired").onField("year");
    }
    return ranking.rank(year, level);
  }
}
