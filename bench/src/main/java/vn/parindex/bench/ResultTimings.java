package vn.parindex.bench;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.results.BlockResult;
import vn.parindex.results.BlockResults;

/**
 * The results of the campaign's commune block (every unit's areas, survey, bonus, penalty, total,
 * percentage, rank and band) through the application's service and as one hand-written SQL
 * statement with {@code rank()} over the same rows. Round 1 is closed first, so that its decisions
 * count, and every submitted unit gets survey points.
 */
final class ResultTimings {
  private static final String RESULTS_SQL =
      "with decided as (select distinct on (d.assessment_id, d.criterion_id) d.assessment_id,"
          + " d.criterion_id, d.points from appraised_score d"
          + " join appraisal_round r on r.id = d.round_id"
          + " where r.campaign_id = ? and r.status = 'CLOSED'"
          + " order by d.assessment_id, d.criterion_id, r.round_number desc),"
          + " areas as (select s.assessment_id, split_part(c.code, '.', 1) area,"
          + " sum(coalesce(f.points, x.points)) points from submission s"
          + " join submitted_score x on x.submission_id = s.id"
          + " join criterion c on c.id = x.criterion_id"
          + " left join decided f on f.assessment_id = s.assessment_id"
          + " and f.criterion_id = x.criterion_id"
          + " where s.campaign_id = ? and s.status = 'SUBMITTED'"
          + " group by s.assessment_id, split_part(c.code, '.', 1)),"
          + " units as (select assessment_id, array_agg(points order by area) areas,"
          + " sum(points) appraised from areas group by assessment_id),"
          + " survey as (select v.assessment_id, sum(v.points) points from survey_score v"
          + " join assessment a on a.id = v.assessment_id where a.campaign_id = ?"
          + " group by v.assessment_id),"
          + " adjusted as (select j.assessment_id,"
          + " sum(case when c.method = 'BONUS' then j.points else 0 end) bonus,"
          + " sum(case when c.method = 'PENALTY' then j.points else 0 end) penalty"
          + " from adjustment j join criterion c on c.id = j.criterion_id"
          + " join assessment a on a.id = j.assessment_id where a.campaign_id = ?"
          + " group by j.assessment_id)"
          + " select a.id, u.id, u.name, n.areas, sv.points, ad.bonus, ad.penalty, t.total,"
          + " round(t.total * 100 / v.total_max, 2),"
          + " rank() over (order by t.total desc),"
          + " (select b.label from classification_band b where b.version_id = v.id"
          + " and b.min_total <= t.total order by b.min_total desc limit 1)"
          + " from assessment a join assessed_unit u on u.id = a.unit_id"
          + " join index_version v on v.id = a.version_id"
          + " left join units n on n.assessment_id = a.id"
          + " left join survey sv on sv.assessment_id = a.id"
          + " left join adjusted ad on ad.assessment_id = a.id"
          + " cross join lateral (select least(greatest(coalesce(n.appraised, 0)"
          + " + coalesce(sv.points, 0) + coalesce(ad.bonus, 0) - coalesce(ad.penalty, 0), 0),"
          + " v.total_max) total) t"
          + " where a.campaign_id = ? and u.block_id = ?"
          + " order by 10, u.name";

  private final EntityManagerFactory factory;
  private final Connection connection;
  private final CampaignGenerator.Generated campaign;

  ResultTimings(
      EntityManagerFactory factory, Connection connection, CampaignGenerator.Generated campaign)
      throws SQLException {
    this.factory = factory;
    this.connection = connection;
    this.campaign = campaign;
    try (Statement s = connection.createStatement()) {
      s.executeUpdate(
          "update appraisal_round set status = 'CLOSED', closed_at = now(), closed_by = 'bench'"
              + " where campaign_id = "
              + campaign.campaignId()
              + " and round_number = 1");
      s.executeUpdate(
          "insert into survey_score (row_version, assessment_id, criterion_id, points,"
              + " entered_by, entered_at) select 0, a.id, c.id, round(c.max_points * 0.8, 2),"
              + " 'bench', now() from submission x join assessment a on a.id = x.assessment_id"
              + " join criterion c on c.version_id = a.version_id and c.method = 'SURVEY'"
              + " where x.campaign_id = "
              + campaign.campaignId()
              + " and not exists (select 1 from criterion k where k.parent_id = c.id)"
              + " on conflict do nothing");
      s.execute("analyze");
    }
  }

  /** The block's results as {@code GET /api/campaigns/{id}/blocks/{blockId}/results} answers. */
  BlockResult throughService() {
    return ServiceHarness.inRequest(
        factory,
        CampaignGenerator.APPRAISER,
        BlockResults.class,
        s -> s.of(campaign.campaignId(), campaign.communes()));
  }

  List<Object[]> bareSql() throws SQLException {
    long id = campaign.campaignId();
    try (PreparedStatement s = connection.prepareStatement(RESULTS_SQL)) {
      long[] parameters = {id, id, id, id, id, campaign.communes()};
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
