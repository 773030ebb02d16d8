package vn.parindex.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A province's structure and campaign written straight into the test database, as the Sở Nội vụ's
 * set-up would leave them: for tests of what comes after (appraisal, access) that should not depend
 * on the set-up's own API.
 */
final class ProvinceRows {
  private ProvinceRows() {}

  /** A campaign with two rounds: the first open for appraisal, the second planned. */
  record Campaign(long id, long round1, long round2) {}

  static long province(String name) throws SQLException {
    return insert("insert into province (name, illustrative) values (?, false)", name);
  }

  static long block(long province, String name, int order) throws SQLException {
    return insert(
        "insert into unit_block (province_id, name, sort_order) values (?, ?, ?)",
        province,
        name,
        order);
  }

  /** Puts the unit in the province and, unless null, in the block. */
  static void place(long unit, long province, Long block) throws SQLException {
    update(
        "update assessed_unit set province_id = ?, block_id = ? where id = ?",
        province,
        block,
        unit);
  }

  /** Gives the account's province roles their province. */
  static void serve(String username, long province) throws SQLException {
    update("update user_account set province_id = ? where username = ?", province, username);
  }

  static Campaign campaign(long province, long block, long version, String name)
      throws SQLException {
    LocalDate today = Vietnam.today();
    long id =
        insert(
            "insert into campaign (row_version, province_id, campaign_year, name, self_deadline,"
                + " submission_deadline) values (0, ?, ?, ?, ?, ?)",
            province,
            today.getYear(),
            name,
            today.minusDays(3),
            today.minusDays(1));
    update(
        "insert into campaign_block (campaign_id, block_id, version_id) values (?, ?, ?)",
        id,
        block,
        version);
    long round1 =
        insert(
            "insert into appraisal_round (campaign_id, round_number, appraisal_until,"
                + " explanation_until, status) values (?, 1, ?, ?, 'PLANNED')",
            id,
            today.plusDays(5),
            today.plusDays(10));
    long round2 =
        insert(
            "insert into appraisal_round (campaign_id, round_number, appraisal_until, status)"
                + " values (?, 2, ?, 'PLANNED')",
            id,
            today.plusDays(15));
    return new Campaign(id, round1, round2);
  }

  /** The member department appraises the node (an area or a criterion) of the block's units. */
  static void give(long campaign, long block, String node, long department) throws SQLException {
    update(
        "insert into appraiser_assignment (campaign_id, block_id, node_code, department_id)"
            + " values (?, ?, ?, ?)",
        campaign,
        block,
        node,
        department);
  }

  /**
   * The assessment joins the campaign and is submitted, every self-assessed leaf of its version at
   * its max.
   */
  static void submit(long campaign, long assessment, long version, String by) throws SQLException {
    update("update assessment set campaign_id = ? where id = ?", campaign, assessment);
    long submission =
        insert(
            "insert into submission (row_version, assessment_id, campaign_id, status,"
                + " submitted_at, submitted_by, late) values (0, ?, ?, 'SUBMITTED', ?, ?, false)",
            assessment,
            campaign,
            Timestamp.from(Instant.now()),
            by);
    update(
        "insert into submitted_score (submission_id, criterion_id, points)"
            + " select ?, c.id, c.max_points from criterion c where c.version_id = ?"
            + " and c.method = 'SELF_ASSESSED'"
            + " and not exists (select 1 from criterion k where k.parent_id = c.id)",
        submission,
        version);
  }

  /** Moves a round to a status, as the Sở Nội vụ opening or closing it would. */
  static void round(long round, String status) throws SQLException {
    update(
        "update appraisal_round set status = ?, opened_at = coalesce(opened_at, ?) where id = ?",
        status,
        Timestamp.from(Instant.now()),
        round);
  }

  static long insert(String sql, Object... values) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
      bind(ps, values);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  static void update(String sql, Object... values) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, values);
      ps.executeUpdate();
    }
  }

  private static void bind(PreparedStatement ps, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      ps.setObject(i + 1, v instanceof LocalDate d ? java.sql.Date.valueOf(d) : v);
    }
  }
}
