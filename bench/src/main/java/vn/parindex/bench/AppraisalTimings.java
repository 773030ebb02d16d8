package vn.parindex.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import vn.parindex.appraisal.AppraisalItem;
import vn.parindex.appraisal.AppraisalResults;
import vn.parindex.appraisal.AppraisalService;
import vn.parindex.appraisal.BlockTotals;
import vn.parindex.appraisal.UnitAppraisal;

/**
 * The province's side: an appraiser's work list over the whole campaign and a block's totals after
 * round 1, each through the application's code and as hand-written SQL over the same rows. Each
 * application call has its own EntityManager and read-only transaction, as a request has.
 */
final class AppraisalTimings {
  /**
   * The department's items, one row per item, document, decision and answer: the unit's frozen
   * score with its inputs and explanation, the documents linked to the criterion, every round's
   * decision and the unit's explanations. The generated matrix gives areas only, so an item's area
   * code finds its department.
   */
  private static final String WORKLIST_SQL =
      "select a.id, u.name, b.id, b.name, c.code, c.name, c.max_points, ss.points,"
          + " ss.input_points, ss.input_met, ss.input_timeliness, ss.input_achieved,"
          + " ss.input_total, ss.input_violations, ss.explanation,"
          + " e.id, e.file_name, e.document_number, e.document_date, e.issuer, e.summary,"
          + " dr.round_number, d.points, d.reason, d.appraised_by, d.appraised_at,"
          + " xr.round_number, x.accepted, x.body"
          + " from submission s join assessment a on a.id = s.assessment_id"
          + " join assessed_unit u on u.id = a.unit_id"
          + " join unit_block b on b.id = u.block_id"
          + " join submitted_score ss on ss.submission_id = s.id"
          + " join criterion c on c.id = ss.criterion_id"
          + " join appraiser_assignment m on m.campaign_id = s.campaign_id"
          + " and m.block_id = b.id and m.node_code = split_part(c.code, '.', 1)"
          + " left join (evidence_link l join assignment g on g.id = l.assignment_id"
          + " join evidence e on e.id = l.evidence_id)"
          + " on g.assessment_id = a.id and g.criterion_id = c.id"
          + " left join (appraised_score d join appraisal_round dr on dr.id = d.round_id)"
          + " on d.assessment_id = a.id and d.criterion_id = c.id"
          + " left join (explanation x join appraisal_round xr on xr.id = x.round_id)"
          + " on x.assessment_id = a.id and x.criterion_id = c.id"
          + " where s.campaign_id = ? and s.status = 'SUBMITTED' and m.department_id = ?"
          + " order by u.name, a.id, c.code";

  /** Each unit of the block: its own total, its total after round 1 and its latest total. */
  private static final String BLOCK_SQL =
      "with decided as (select d.assessment_id, d.criterion_id, r.round_number, d.points"
          + " from appraised_score d join appraisal_round r on r.id = d.round_id"
          + " where r.campaign_id = ?),"
          + " latest as (select distinct on (assessment_id, criterion_id) assessment_id,"
          + " criterion_id, points from decided"
          + " order by assessment_id, criterion_id, round_number desc)"
          + " select a.id, u.name, sum(ss.points), sum(coalesce(r1.points, ss.points)),"
          + " sum(coalesce(f.points, ss.points))"
          + " from submission s join assessment a on a.id = s.assessment_id"
          + " join assessed_unit u on u.id = a.unit_id"
          + " join submitted_score ss on ss.submission_id = s.id"
          + " left join decided r1 on r1.assessment_id = a.id"
          + " and r1.criterion_id = ss.criterion_id and r1.round_number = 1"
          + " left join latest f on f.assessment_id = a.id and f.criterion_id = ss.criterion_id"
          + " where s.campaign_id = ? and s.status = 'SUBMITTED' and u.block_id = ?"
          + " group by a.id, u.name order by u.name";

  private final EntityManagerFactory factory;
  private final Connection connection;
  private final CampaignGenerator.Generated campaign;

  AppraisalTimings(
      EntityManagerFactory factory, Connection connection, CampaignGenerator.Generated campaign) {
    this.factory = factory;
    this.connection = connection;
    this.campaign = campaign;
  }

  /** The work list as {@code GET /api/campaigns/{id}/appraisal} answers the appraiser. */
  List<AppraisalItem> worklistThroughService() {
    return ServiceHarness.inRequest(
        factory,
        CampaignGenerator.APPRAISER,
        AppraisalService.class,
        s -> s.worklist(campaign.campaignId()));
  }

  List<Object[]> worklistBareSql() throws SQLException {
    return rows(WORKLIST_SQL, campaign.campaignId(), campaign.appraiserDepartment());
  }

  /** The communes' totals after round 1, as the council's approval reads the block. */
  List<BlockTotals.UnitTotals> blockThroughApplication() {
    EntityManager em = factory.createEntityManager();
    em.getTransaction().begin();
    try {
      return BlockTotals.of(em, campaign.campaignId(), campaign.communes(), 1);
    } finally {
      em.getTransaction().rollback();
      em.close();
    }
  }

  /** The same totals as the unit's result page reads them: one call per unit of the block. */
  List<UnitAppraisal> blockUnitByUnit(String username, List<Long> assessments) {
    List<UnitAppraisal> results = new ArrayList<>();
    for (long assessment : assessments) {
      results.add(
          ServiceHarness.inRequest(
              factory, username, AppraisalResults.class, s -> s.of(assessment)));
    }
    return results;
  }

  List<Object[]> blockBareSql() throws SQLException {
    return rows(BLOCK_SQL, campaign.campaignId(), campaign.campaignId(), campaign.communes());
  }

  /** How many SQL statements the work does, counted by Hibernate on one run. */
  int statements(Callable<?> work) throws Exception {
    Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
    statistics.clear();
    statistics.setStatisticsEnabled(true);
    try {
      work.call();
      return (int) statistics.getPrepareStatementCount();
    } finally {
      statistics.setStatisticsEnabled(false);
    }
  }

  /** Every column of every row read, as the application reads them. */
  private List<Object[]> rows(String sql, long... parameters) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setLong(i + 1, parameters[i]);
      }
      List<Object[]> rows = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Object[] row = new Object[columns];
          for (int c = 0; c < columns; c++) {
            row[c] = rs.getObject(c + 1);
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }
}
