package vn.parindex.bench;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.parindex.consolidation.ConsolidationService;
import vn.parindex.consolidation.ConsolidationView;
import vn.parindex.consolidation.RankedUnit;
import vn.parindex.consolidation.RankingService;

/**
 * One unit's consolidation and the ranking of every unit, each through the application's service
 * and as hand-written SQL over the same rows. Each service call has its own EntityManager and
 * read-only transaction, as a request has.
 */
final class ConsolidationTimings {
  /** Area totals of one assessment's lead scores, with the grand total (rollup). */
  private static final String UNIT_SQL =
      "with leaf as (select c.id, split_part(c.code, '.', 1) as area, c.max_points"
          + " from criterion c join assessment a on a.version_id = c.version_id"
          + " where a.id = ? and c.method = 'SELF_ASSESSED'"
          + " and not exists (select 1 from criterion k where k.parent_id = c.id))"
          + " select l.area, sum(l.max_points), sum(s.points), count(*) - count(s.points)"
          + " from leaf l left join assignment g on g.criterion_id = l.id"
          + " and g.assessment_id = ? and g.is_lead"
          + " left join self_score s on s.assignment_id = g.id group by rollup (l.area)";

  /** Every unit's grand total of a year and level, ranked. */
  private static final String RANKING_SQL =
      "select a.id, u.name, coalesce(sum(s.points), 0) + coalesce(max(v.points), 0) as total,"
          + " rank() over (order by coalesce(sum(s.points), 0) + coalesce(max(v.points), 0) desc)"
          + " from assignment g join assessment a on a.id = g.assessment_id"
          + " join assessed_unit u on u.id = a.unit_id"
          + " join criterion c on c.id = g.criterion_id and c.version_id = a.version_id"
          + " left join self_score s on s.assignment_id = g.id"
          + " left join (select ss.assessment_id, sum(ss.points) as points from survey_score ss"
          + " group by ss.assessment_id) v on v.assessment_id = a.id"
          + " where g.is_lead and a.assessment_year = ? and u.unit_level = ?"
          + " group by a.id, u.name order by total desc, u.name";

  private final EntityManagerFactory factory;
  private final Connection connection;
  private final String username;

  ConsolidationTimings(EntityManagerFactory factory, Connection connection, String username) {
    this.factory = factory;
    this.connection = connection;
    this.username = username;
  }

  ConsolidationView throughService(long assessmentId) {
    return inRequest(ConsolidationService.class, s -> s.consolidate(assessmentId));
  }

  List<BigDecimal> bareSql(long assessmentId) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(UNIT_SQL)) {
      s.setLong(1, assessmentId);
      s.setLong(2, assessmentId);
      List<BigDecimal> totals = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          totals.add(rs.getBigDecimal(3));
        }
      }
      return totals;
    }
  }

  List<RankedUnit> rankThroughService(int year) {
    return inRequest(RankingService.class, s -> s.rank(year, "district"));
  }

  List<Long> rankBareSql(int year) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(RANKING_SQL)) {
      s.setInt(1, year);
      s.setString(2, "district");
      List<Long> ranked = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ranked.add(rs.getLong(1));
        }
      }
      return ranked;
    }
  }

  private <S, R> R inRequest(Class<S> service, Function<S, R> call) {
    return ServiceHarness.inRequest(factory, username, service, call);
  }
}
