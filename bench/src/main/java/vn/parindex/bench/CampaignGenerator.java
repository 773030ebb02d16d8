package vn.parindex.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Province;
import vn.parindex.organisation.Role;
import vn.parindex.organisation.UserAccount;

/**
 * A province's campaign in the middle of round 1, in a handful of set-based statements: its units
 * (made by {@link ScaleGenerator}, with their offices, scores and documents) in two blocks, one
 * fifth departments and the rest communes, all on the newest index version; every unit submitted
 * with a frozen score for every self-assessed leaf; the first two departments appraising the areas
 * of both blocks, turn and turn about; round 1 open with every criterion decided, one decision in
 * eleven a change to zero with its reason; round 2 planned. Then an account of the first
 * department, whose work list is timed.
 */
final class CampaignGenerator {
  static final String APPRAISER = "bench-appraiser";
  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final String LEAF =
      "with leaf as (select c.id, c.version_id, c.max_points from criterion c"
          + " where c.method = 'SELF_ASSESSED' and c.kind <> 'AREA'"
          + " and not exists (select 1 from criterion k where k.parent_id = c.id))";

  /** What the timings need to find again. */
  record Generated(
      long campaignId,
      long departments,
      long communes,
      long appraiserDepartment,
      int departmentUnits,
      int communeUnits) {}

  private final Connection connection;

  CampaignGenerator(Connection connection) {
    this.connection = connection;
  }

  Generated generate(EntityManagerFactory factory, int units, long versionId) throws SQLException {
    int departmentUnits = Math.max(2, units / 5);
    int communeUnits = units - departmentUnits;
    ScaleGenerator scale = new ScaleGenerator(connection);
    Scale departmentScale = new Scale("Khối sở", departmentUnits, List.of(versionId));
    Scale communeScale = new Scale("Khối xã", communeUnits, List.of(versionId));
    scale.generate(departmentScale);
    scale.generate(communeScale);

    long province =
        insert("insert into province (name, illustrative) values ('Tỉnh (benchmark)', true)");
    long departments = block(province, "Khối sở, ban, ngành (benchmark)", 1);
    long communes = block(province, "Khối xã, phường (benchmark)", 2);
    place(departmentScale, province, departments, "Sở (benchmark)");
    place(communeScale, province, communes, "UBND xã (benchmark)");
    long campaign = campaign(province, versionId, departments, communes);
    long round1 = rounds(campaign);
    submit(province, campaign);
    List<Long> members = firstUnits(departments);
    matrix(campaign, province, versionId, members.get(0), members.get(1));
    decideRound(campaign, round1);
    try (Statement s = connection.createStatement()) {
      s.execute("analyze");
    }
    appraiser(factory, province, members.get(0));
    return new Generated(
        campaign, departments, communes, members.get(0), departmentUnits, communeUnits);
  }

  private long block(long province, String name, int order) throws SQLException {
    return insert(
        "insert into unit_block (province_id, name, sort_order) values (?, ?, ?)",
        province,
        name,
        order);
  }

  /** The scale's units join the province and the block, named as the block's units are. */
  private void place(Scale scale, long province, long block, String name) throws SQLException {
    update(
        "update assessed_unit set province_id = ?, block_id = ?,"
            + " name = ? || ' ' || substring(place_name from '[0-9]+$')"
            + " where superior_name = ?",
        province,
        block,
        name,
        scale.superiorBody());
  }

  private long campaign(long province, long versionId, long departments, long communes)
      throws SQLException {
    LocalDate today = LocalDate.now(VIETNAM);
    long campaign =
        insert(
            "insert into campaign (row_version, province_id, campaign_year, name, self_deadline,"
                + " submission_deadline) select 0, ?, v.index_year,"
                + " 'Thẩm định CCHC (benchmark) ' || v.index_year, ?, ? from index_version v"
                + " where v.id = ?",
            province,
            Date.valueOf(today.minusDays(3)),
            Date.valueOf(today.minusDays(1)),
            versionId);
    for (long block : new long[] {departments, communes}) {
      update(
          "insert into campaign_block (campaign_id, block_id, version_id) values (?, ?, ?)",
          campaign,
          block,
          versionId);
    }
    return campaign;
  }

  /** Round 1 open for appraisal, round 2 planned; answers round 1. */
  private long rounds(long campaign) throws SQLException {
    LocalDate today = LocalDate.now(VIETNAM);
    long round1 =
        insert(
            "insert into appraisal_round (campaign_id, round_number, appraisal_until,"
                + " explanation_until, status, opened_at) values (?, 1, ?, ?, 'OPEN', now())",
            campaign,
            Date.valueOf(today.plusDays(5)),
            Date.valueOf(today.plusDays(10)));
    update(
        "insert into appraisal_round (campaign_id, round_number, appraisal_until, status)"
            + " values (?, 2, ?, 'PLANNED')",
        campaign,
        Date.valueOf(today.plusDays(15)));
    return round1;
  }

  /**
   * Every unit's assessment joins the campaign and is submitted: each self-assessed leaf frozen at
   * its lead office's score (its max where the office left it empty), with the unit's explanation
   * where it fell short of the max.
   */
  private void submit(long province, long campaign) throws SQLException {
    update(
        "update assessment set campaign_id = ? where unit_id in"
            + " (select id from assessed_unit where province_id = ?)",
        campaign,
        province);
    update(
        "insert into submission (row_version, assessment_id, campaign_id, status, submitted_at,"
            + " submitted_by, late) select 0, a.id, a.campaign_id, 'SUBMITTED', now(), 'bench',"
            + " false from assessment a where a.campaign_id = ?",
        campaign);
    update(
        LEAF
            + " insert into submitted_score (submission_id, criterion_id, points, input_points,"
            + " explanation)"
            + " select s.id, l.id, p.points, p.points, case when p.points < l.max_points"
            + " then 'Đơn vị giải trình mức điểm tự chấm (benchmark) ' || a.id || '/' || l.id end"
            + " from submission s join assessment a on a.id = s.assessment_id"
            + " join leaf l on l.version_id = a.version_id"
            + " left join assignment g on g.assessment_id = a.id and g.criterion_id = l.id"
            + " and g.is_lead"
            + " left join self_score ss on ss.assignment_id = g.id"
            + " cross join lateral (select coalesce(ss.points, l.max_points) as points) p"
            + " where s.campaign_id = ?",
        campaign);
  }

  private List<Long> firstUnits(long block) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "select id from assessed_unit where block_id = ? order by id limit 2")) {
      s.setLong(1, block);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        long first = rs.getLong(1);
        rs.next();
        return List.of(first, rs.getLong(1));
      }
    }
  }

  /** The areas of both blocks, the first department taking the odd ones, the second the even. */
  private void matrix(long campaign, long province, long versionId, long first, long second)
      throws SQLException {
    update(
        "insert into appraiser_assignment (campaign_id, block_id, node_code, department_id)"
            + " select ?, b.id, c.code,"
            + " case when row_number() over (partition by b.id order by c.sort_order) % 2 = 1"
            + " then ? else ? end"
            + " from unit_block b cross join criterion c"
            + " where b.province_id = ? and c.version_id = ? and c.parent_id is null",
        campaign, first, second, province, versionId);
  }

  /** Round 1 decides every criterion: mostly the unit's own score, one in eleven down to zero. */
  private void decideRound(long campaign, long round) throws SQLException {
    update(
        "insert into appraised_score (row_version, assessment_id, criterion_id, round_id, points,"
            + " input_points, reason, appraised_by, appraised_at)"
            + " select 0, s.assessment_id, ss.criterion_id, ?, d.points, d.points,"
            + " case when d.changed then 'Tài liệu kiểm chứng chưa chứng minh được kết quả"
            + " (benchmark)' end, ?, now()"
            + " from submission s join submitted_score ss on ss.submission_id = s.id"
            + " cross join lateral (select ss.points > 0"
            + " and (s.assessment_id + ss.criterion_id) % 11 = 0 as changed) c"
            + " cross join lateral (select case when c.changed then 0 else ss.points end as points,"
            + " c.changed) d"
            + " where s.campaign_id = ?",
        round, APPRAISER, campaign);
  }

  /** The first member department's appraiser, serving the province. */
  private static void appraiser(EntityManagerFactory factory, long province, long department) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      UserAccount account =
          new UserAccount(
              APPRAISER,
              "Thẩm định viên (benchmark)",
              "not-used-to-sign-in".toCharArray(),
              null,
              EnumSet.of(Role.APPRAISER));
      account.scopeTo(em.find(AssessedUnit.class, department));
      account.serveProvince(em.find(Province.class, province));
      em.persist(account);
      em.getTransaction().commit();
    } finally {
      em.close();
    }
  }

  private long insert(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
      bind(statement, parameters);
      statement.executeUpdate();
      try (ResultSet keys = statement.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private void update(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      bind(statement, parameters);
      statement.executeUpdate();
    }
  }

  private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
  }
}
