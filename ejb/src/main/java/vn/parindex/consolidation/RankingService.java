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
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.access.Scope;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.scoring.Points;

/**
 * Totals and ranks every unit of a level for a year, as the province does once it has appraised
 * them. The totals come from two grouped queries over all units at once (the lead scores and the
 * survey points), never one consolidation per unit: a nation has about 10,000 units. They agree
 * with {@link ConsolidationService}, whose parents and areas are sums of the same lead scores.
 *
 * <p>Administrators and leaders without an office see every unit; a leader who belongs to an office
 * sees its own unit only.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.LEADER})
public class RankingService {
  private static final String LEAD_TOTALS =
      "select a.id, u.id, u.name, v.id, sum(s.points), count(g.id) - count(s.id)"
          + " from Assignment g join g.assessment a join a.unit u join a.version v"
          + " join g.criterion c left join SelfScore s on s.assignment = g"
          + " where g.lead = true and c.version = v and a.year = :year and u.level = :level";
  private static final String SURVEY_TOTALS =
      "select a.id, sum(s.points) from SurveyScore s join s.assessment a join a.unit u"
          + " join s.criterion c where c.version = a.version and a.year = :year"
          + " and u.level = :level";

  @Inject private EntityManager em;
  @EJB private CallerAccount caller;

  public List<RankedUnit> rank(int year, String unitLevel) {
    Scope unit = caller.policy().scope(Permission.READ_UNIT);
    Map<Long, Points> survey = surveyTotals(year, unitLevel, unit);
    Map<Long, IndexVersion> versions = new HashMap<>();
    List<Ranking.UnitTotal> totals = new ArrayList<>();
    for (Object[] r :
        query(LEAD_TOTALS, " group by a.id, u.id, u.name, v.id", year, unitLevel, unit)) {
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
              Bands.of(grand, version.bands()).orElse(null),
              ((Long) r[5]).intValue()));
    }
    return Ranking.of(totals).stream().map(RankedUnit::of).toList();
  }

  private Map<Long, Points> surveyTotals(int year, String unitLevel, Scope unit) {
    Map<Long, Points> totals = new HashMap<>();
    for (Object[] r : query(SURVEY_TOTALS, " group by a.id", year, unitLevel, unit)) {
      totals.put((Long) r[0], Points.of((BigDecimal) r[1]));
    }
    return totals;
  }

  private List<Object[]> query(
      String select, String groupBy, int year, String unitLevel, Scope unit) {
    TypedQuery<Object[]> query =
        em.createQuery(select + " and " + unit.condition("u") + groupBy, Object[].class)
            .setParameter("year", year)
            .setParameter("level", unitLevel);
    unit.bind(query);
    return query.getResultList();
  }
}
