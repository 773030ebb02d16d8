package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.parindex.consolidation.RankedUnit;
import vn.parindex.consolidation.RankingService;
import vn.parindex.platform.BusinessException;

/**
 * The units of a province's block ({@code ?block=7&year=2025}), or of a level ({@code
 * ?level=commune&year=2025}), ranked by their grand total for a year. There is no default: a
 * province ranks within its blocks, and no level is everyone's.
 */
@Path("rankings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RankingResource {
  @EJB private RankingService ranking;

  @GET
  public List<RankedUnit> ranking(
      @QueryParam("year") Integer year,
      @QueryParam("block") Long block,
      @QueryParam("level") String level) {
    if (year == null) {
      throw new BusinessException("ranking.yearRequired").onField("year");
    }
    boolean byLevel = level != null && !level.isBlank();
    if (block != null && byLevel) {
      throw new BusinessException("ranking.blockOrLevel").onField("level");
    }
    if (block != null) {
      return ranking.rankBlock(year, block);
    }
    if (!byLevel) {
      throw new BusinessException("ranking.blockRequired").onField("block");
    }
    return ranking.rank(year, level.strip());
  }
}
