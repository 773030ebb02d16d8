package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A province of the test's own: a block with a commune that submitted its self-assessment to a
 * two-round campaign, a second commune, two member departments that appraise one area each, and the
 * Sở Nội vụ, the appraisers and the council as callers. The province's structure and campaign are
 * written with SQL, as the Sở Nội vụ's set-up would leave them; the appraisal itself goes through
 * the API.
 */
final class ProvinceFixture {
  static final String PASSWORD = "Tham-dinh-thu-2026!";

  final String suffix = Long.toString(System.nanoTime(), 36);
  final Api admin = new Api("admin");
  final long version;
  final long province;
  final long block;
  final long campaign;
  final long unitA;
  final long unitB;
  final long assessment;
  final long justice;
  final long science;
  final Api consolidatorA;
  final Api consolidatorB;
  final Api officeA;
  final Api soNoiVu;
  final Api justiceAppraiser;
  final Api scienceAppraiser;
  final Api council;
  final long round1;
  final long round2;

  /** The self-assessed leaves of the version: code to max points, in index order. */
  final Map<String, BigDecimal> leaves = new LinkedHashMap<>();

  ProvinceFixture() throws Exception {
    version = AccessFixture.demoVersion(admin);
    unitA = unit("UBND xã Thẩm định A " + suffix);
    unitB = unit("UBND xã Thẩm định B " + suffix);
    justice = unit("Sở Tư pháp thử " + suffix);
    science = unit("Sở Khoa học và Công nghệ thử " + suffix);
    office(unitA, "van-phong", true);
    office(unitA, "tu-phap", false);
    office(unitB, "van-phong", true);
    consolidatorA = account("cons.a", unitA, "van-phong", "\"OFFICE\", \"CONSOLIDATOR\"");
    officeA = account("off.a", unitA, "tu-phap", "\"OFFICE\"");
    consolidatorB = account("cons.b", unitB, "van-phong", "\"OFFICE\", \"CONSOLIDATOR\"");
    soNoiVu = account("snv", null, null, "\"PROVINCE\"");
    justiceAppraiser = account("stp", justice, null, "\"APPRAISER\"");
    scienceAppraiser = account("skh", science, null, "\"APPRAISER\"");
    council = account("hd", null, null, "\"COUNCIL\"");
    LocalDate today = LocalDate.now(Vietnam.ZONE);
    assessment =
        id(
            consolidatorA.post(
                "assessments",
                "{\"unit\": "
                    + unitA
                    + ", \"year\": "
                    + today.getYear()
                    + ", \"version\": "
                    + version
                    + ", \"deadline\": \""
                    + today.plusDays(30)
                    + "\"}"));
    try (Connection c = TestDatabase.connect()) {
      province =
          insert(
              c,
              "insert into province (name, illustrative) values (?, false)",
              "Tỉnh thử " + suffix);
      block =
          insert(
              c,
              "insert into unit_block (province_id, name, sort_order) values (?, ?, 1)",
              province,
              "Khối xã thử " + suffix);
      for (long unit : new long[] {unitA, unitB}) {
        update(
            c,
            "update assessed_unit set province_id = ?, block_id = ? where id = ?",
            province,
            block,
            unit);
      }
      for (long unit : new long[] {justice, science}) {
        update(c, "update assessed_unit set province_id = ? where id = ?", province, unit);
      }
      update(
          c,
          "update user_account set province_id = ? where username like ?",
          province,
          "%." + suffix);
      campaign =
          insert(
              c,
              "insert into campaign (row_version, province_id, campaign_year, name,"
                  + " self_deadline, submission_deadline) values (0, ?, ?, ?, ?, ?)",
              province,
              today.getYear(),
              "Đợt thử " + suffix,
              today.minusDays(3),
              today.minusDays(1));
      update(
          c,
          "insert into campaign_block (campaign_id, block_id, version_id) values (?, ?, ?)",
          campaign,
          block,
          version);
      round1 =
          insert(
              c,
              "insert into appraisal_round (campaign_id, round_number, appraisal_until,"
                  + " explanation_until, status) values (?, 1, ?, ?, 'PLANNED')",
              campaign,
              today.plusDays(5),
              today.plusDays(10));
      round2 =
          insert(
              c,
              "insert into appraisal_round (campaign_id, round_number, appraisal_until,"
                  + " status) values (?, 2, ?, 'PLANNED')",
              campaign,
              today.plusDays(15));
      update(c, "update assessment set campaign_id = ? where id = ?", campaign, assessment);
      update(
          c,
          "insert into appraiser_assignment (campaign_id, block_id, node_code, department_id)"
              + " values (?, ?, '1', ?), (?, ?, '2', ?)",
          campaign,
          block,
          justice,
          campaign,
          block,
          science);
      readLeaves(c);
      long submission =
          insert(
              c,
              "insert into submission (row_version, assessment_id, campaign_id,"
                  + " status, submitted_at, submitted_by, late) values (0, ?, ?, 'SUBMITTED', ?, ?, false)",
              assessment,
              campaign,
              Timestamp.from(Instant.now()),
              "cons.a." + suffix);
      update(
          c,
          "insert into submitted_score (submission_id, criterion_id, points)"
              + " select ?, c.id, c.max_points from criterion c where c.version_id = ?"
              + " and c.method <> 'SURVEY'"
              + " and not exists (select 1 from criterion k where k.parent_id = c.id)",
          submission,
          version);
    }
  }

  /** Moves a round to a status, as the Sở Nội vụ opening or closing it would. */
  void round(long roundId, String status) throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      update(
          c,
          "update appraisal_round set status = ?, opened_at = coalesce(opened_at, ?)"
              + " where id = ?",
          status,
          Timestamp.from(Instant.now()),
          roundId);
    }
  }

  /** Moves round 1's explanation window, e.g. into the past. */
  void explanationUntil(LocalDate day) throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      update(
          c,
          "update appraisal_round set appraisal_until = ?, explanation_until = ? where id = ?",
          day.minusDays(1),
          day,
          round1);
    }
  }

  void extend(LocalDate until) throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      update(
          c,
          "insert into explanation_extension (assessment_id, round_id, until_day, reason,"
              + " granted_by, granted_at) values (?, ?, ?, 'Thử gia hạn', 'snv', ?)",
          assessment,
          round1,
          until,
          Timestamp.from(Instant.now()));
    }
  }

  /** The first self-assessed leaf of an area, and the one after it. */
  String leaf(String area, int index) {
    return leaves.keySet().stream()
        .filter(code -> code.startsWith(area + "."))
        .skip(index)
        .findFirst()
        .orElseThrow();
  }

  private void readLeaves(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "select c.code, c.max_points from criterion c where c.version_id = ?"
                + " and c.method <> 'SURVEY'"
                + " and not exists (select 1 from criterion k where k.parent_id = c.id)")) {
      ps.setLong(1, version);
      try (ResultSet rs = ps.executeQuery()) {
        Map<String, BigDecimal> unordered = new java.util.TreeMap<>(ProvinceFixture::byCode);
        while (rs.next()) {
          unordered.put(rs.getString(1), rs.getBigDecimal(2));
        }
        leaves.putAll(unordered);
      }
    }
  }

  private static int byCode(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int cmp =
          x[i].matches("\\d+") && y[i].matches("\\d+")
              ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]))
              : x[i].compareTo(y[i]);
      if (cmp != 0) {
        return cmp;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private long unit(String name) throws Exception {
    return id(
        admin.post(
            "units",
            "{\"name\": \""
                + name
                + "\", \"level\": \"district\", \"superiorName\": \"UBND tỉnh thử\","
                + " \"placeName\": \"Thử\"}"));
  }

  private void office(long unit, String code, boolean consolidating) throws Exception {
    Api.json(
        admin.post(
            "units/" + unit + "/offices",
            "{\"code\": \""
                + code
                + "\", \"name\": \"Phòng "
                + code
                + "\", \"consolidating\": "
                + consolidating
                + "}"));
  }

  private Api account(String name, Long unit, String office, String roles) throws Exception {
    String username = name + "." + suffix;
    HttpResponse<String> created =
        admin.post(
            "users",
            "{\"username\": \""
                + username
                + "\", \"displayName\": \"Thử thẩm định\""
                + (unit == null ? "" : ", \"unit\": " + unit)
                + (office == null ? "" : ", \"office\": \"" + office + "\"")
                + ", \"roles\": ["
                + roles
                + "], \"password\": \""
                + PASSWORD
                + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    return new Api(username, PASSWORD);
  }

  private static long insert(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
      bind(ps, values);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  private static void update(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
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

  static long id(HttpResponse<String> response) {
    return ((JsonObject) Api.json(response)).getJsonNumber("id").longValue();
  }
}
