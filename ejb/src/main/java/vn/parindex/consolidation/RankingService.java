package vn.parindex.consolidation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.access.AccessPolicy;
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.access.Scope;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.organisation.Block;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.platform.NotFoundException;
import vn.parindex.results.BlockResult;
import vn.parindex.results.YearResults;
import vn.parindex.scoring.Points;

/**
 * Totals and ranks every unit of a province's block, or of a level, for a year, as the province
 * does once it has appraised them. The totals come from two grouped queries over all units at once
 * (the lead scores and the survey points), never one consolidation per unit: a nation has about
 * 10,000 units. They agree with {@link ConsolidationService}, whose parents and areas are sums of
 * the same lead scores.
 *
 * <p>A block that takes part in its province's campaign of the year is ranked by the campaign's
 * results ({@link YearResults}): appraised points, survey, bonus and penalty, as announced once
 * announced; the same figures as {@code campaigns/{id}/blocks/{blockId}/results}.
 *
 * <p>Administrators and leaders without an office see every unit; a leader who belongs to an office
 * sees its own unit only.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.PROVINCE, Roles.COUNCIL})
public class RankingService {
  private static final String LEAD_TOTALS =
      "select a.id, u.id, u.name, v.id, sum(s.points), count(g.id) - count(s.id)"
          + " from Assignment g join g.assessment a join a.unit u join a.version v"
          + " join g.criterion c left join SelfScore s on s.assignment = g"
          + " where g.lead = true and c.version = v and a.year = :year and ";
  private static final String SURVEY_TOTALS =
      "select a.id, sum(s.points) from SurveyScore s join s.assessment a join a.unit u"
          + " join s.criterion c where c.version = a.version and a.year = :year and ";
  private static final String OF_LEVEL = "u.level = :units";
  private static final String OF_BLOCK = "u.block.id = :units";

  @Inject private EntityManager em;
  @EJB private CallerAccount caller;

  /** The units of a level (a code of UnitLevel), as far as the caller reads them. */
  public List<RankedUnit> rank(int year, String unitLevel) {
    return rank(year, new Units(OF_LEVEL, unitLevel));
  }

  /**
   * The units of a province's block, as far as the caller reads them; 404 for a block the caller
   * may not know of (another province's, for a province's account).
   */
  public List<RankedUnit> rankBlock(int year, long blockId) {
    AccessPolicy policy = caller.policy();
    Block block = em.find(Block.class, blockId);
    boolean known =
        block != null
            && (policy.mayInProvince(Permission.READ_UNIT, block.province())
                || !(policy.scope(Permission.READ_UNIT) instanceof Scope.InProvince));
    if (!known) {
      throw new NotFoundException("organisation.block.notFound", blockId).onField("block");
    }
    Optional<BlockResult> results = YearResults.of(em, block, year);
    if (results.isPresent()) {
      Scope unit = policy.scope(Permission.READ_UNIT);
      return results.get().units().stream()
          .filter(u -> reads(unit, u.unitId()))
          .map(u -> RankedUnit.of(u, results.get().max()))
          .toList();
    }
    return rank(year, new Units(OF_BLOCK, blockId));
  }

  /** A leader of one unit reads that unit's line only, ranked within the whole block. */
  private static boolean reads(Scope scope, long unitId) {
    if (scope instanceof Scope.InUnit own) {
      return own.id() == unitId;
    }
    return scope instanceof Scope.Everywhere || scope instanceof Scope.InProvince;
  }

  /** Which units are ranked: a condition on "u" with its one parameter. */
  private record Units(String condition, Object value) {}

  private List<RankedUnit> rank(int year, Units units) {
    Scope unit = caller.policy().scope(Permission.READ_UNIT);
    Map<Long, Points> survey = surveyTotals(year, units, unit);
    Map<Long, IndexVersion> versions = new HashMap<>();
    List<Ranking.UnitTotal> totals = new ArrayList<>();
    for (Object[] r : query(LEAD_TOTALS, " group by a.id, u.id, u.name, v.id", year, units, unit)) {
      long assessmentId = (Long) r[0];
      IndexVersion version =
          versions.computeIfAbsent((Long) r[3], id -> em.find(IndexVersion.class, id));
      Points selfAssessed = r[4] == null ? Points.ZERO : Points.of((BigDecimal) r[4]);
      Points surveyed = survey.get(assessmentId);
      Points grand = surveyed == null ? selfAssessed : selfAssessed.plus(surveyed);
      totals.add(
          new Ranking.UnitTotal(
              assessmentId,
              (Long) r[1],
              (String) r[2],
              selfAssessed,
              surveyed,
              grand,
              version.totalMax(),
              version.banding().of(grand).orElse(null),
              ((Long) r[5]).intValue()));
    }
    return Ranking.of(totals).stream().map(RankedUnit::of).toList();
  }

  private Map<Long, Points> surveyTotals(int year, Units units, Scope unit) {
    Map<Long, Points> totals = new HashMap<>();
    for (Object[] r : query(SURVEY_TOTALS, " group by a.id", year, units, unit)) {
      totals.put((Long) r[0], Points.of((BigDecimal) r[1]));
    }
    return totals;
  }

  private List<Object[]> query(String select, String groupBy, int year, Units units, Scope unit) {
    TypedQuery<Object[]> query =
        em.createQuery(
                select + units.condition() + " and " + unit.condition("u") + groupBy,
                Object[].class)
            .setParameter("year", year)
            .setParameter("units", units.value());
    unit.bind(query);
    return query.getResultList();
  }
}
