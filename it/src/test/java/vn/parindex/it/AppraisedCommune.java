package vn.parindex.it;

import java.math.BigDecimal;
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
final class AppraisedCommune {
  static final String PASSWORD = "Tham-dinh-thu-2026!";

  /**
   * Days to the assessment's deadline: far from the demo's 30, whose reminder window the mail test
   * counts offices in.
   */
  static final int DEADLINE_DAYS = 45;

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

  AppraisedCommune() throws Exception {
    this(AccessFixture.demoVersion(new Api("admin")));
  }

  /** The same on a version of the test's own, e.g. one whose criteria have due dates. */
  AppraisedCommune(long version) throws Exception {
    this.version = version;
    unitA = unit("UBND xã Thẩm định A " + suffix);
    unitB = unit("UBND xã Thẩm định B " + suffix);
    justice = unit("Sở Tư pháp thử " + suffix);
    science = unit("Sở Khoa học và Công nghệ thử " + suffix);
    TestUnits.office(admin, unitA, "van-phong", "Phòng van-phong", true);
    TestUnits.office(admin, unitA, "tu-phap", "Phòng tu-phap", false);
    TestUnits.office(admin, unitB, "van-phong", "Phòng van-phong", true);
    province = ProvinceRows.province("Tỉnh thử " + suffix);
    block = ProvinceRows.block(province, "Khối xã thử " + suffix, 1);
    for (long unit : new long[] {unitA, unitB}) {
      ProvinceRows.place(unit, province, block);
    }
    for (long unit : new long[] {justice, science}) {
      ProvinceRows.place(unit, province, null);
    }
    consolidatorA = account("cons.a", unitA, "van-phong", "\"OFFICE\", \"CONSOLIDATOR\"");
    officeA = account("off.a", unitA, "tu-phap", "\"OFFICE\"");
    consolidatorB = account("cons.b", unitB, "van-phong", "\"OFFICE\", \"CONSOLIDATOR\"");
    soNoiVu = provinceAccount("snv", null, null, "\"PROVINCE\"");
    justiceAppraiser = provinceAccount("stp", justice, null, "\"APPRAISER\"");
    scienceAppraiser = provinceAccount("skh", science, null, "\"APPRAISER\"");
    council = provinceAccount("hd", null, null, "\"COUNCIL\"");
    LocalDate today = LocalDate.now(Vietnam.ZONE);
    assessment =
        Api.id(
            consolidatorA.post(
                "assessments",
                "{\"unit\": "
                    + unitA
                    + ", \"year\": "
                    + today.getYear()
                    + ", \"version\": "
                    + version
                    + ", \"deadline\": \""
                    + today.plusDays(DEADLINE_DAYS)
                    + "\"}"));
    ProvinceRows.Campaign rows =
        ProvinceRows.campaign(province, block, version, "Đợt thử " + suffix);
    campaign = rows.id();
    round1 = rows.round1();
    round2 = rows.round2();
    ProvinceRows.give(campaign, block, "1", justice);
    ProvinceRows.give(campaign, block, "2", science);
    ProvinceRows.submit(campaign, assessment, version, "cons.a." + suffix);
    try (Connection c = TestDatabase.connect()) {
      readLeaves(c);
    }
  }

  /** Moves a round to a status, as the Sở Nội vụ opening or closing it would. */
  void round(long roundId, String status) throws SQLException {
    ProvinceRows.round(roundId, status);
  }

  /** Moves round 1's explanation window, e.g. into the past. */
  void explanationUntil(LocalDate day) throws SQLException {
    ProvinceRows.update(
        "update appraisal_round set appraisal_until = ?, explanation_until = ? where id = ?",
        day.minusDays(1),
        day,
        round1);
  }

  void extend(LocalDate until) throws SQLException {
    ProvinceRows.update(
        "insert into explanation_extension (assessment_id, round_id, until_day, reason,"
            + " granted_by, granted_at) values (?, ?, ?, 'Thử gia hạn', 'snv', ?)",
        assessment,
        round1,
        until,
        Timestamp.from(Instant.now()));
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
                + " and c.method = 'SELF_ASSESSED'"
                + " and not exists (select 1 from criterion k where k.parent_id = c.id)")) {
      ps.setLong(1, version);
      try (ResultSet rs = ps.executeQuery()) {
        Map<String, BigDecimal> unordered = new java.util.TreeMap<>(AppraisedCommune::byCode);
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
    return Api.id(
        admin.post(
            "units",
            "{\"name\": \""
                + name
                + "\", \"level\": \"district\", \"superiorName\": \"UBND tỉnh thử\","
                + " \"placeName\": \"Thẩm định thử\"}"));
  }

  private Api provinceAccount(String name, Long unit, String office, String roles)
      throws Exception {
    return account(name, unit, office, roles, province);
  }

  private Api account(String name, Long unit, String office, String roles) throws Exception {
    return account(name, unit, office, roles, null);
  }

  private Api account(String name, Long unit, String office, String roles, Long inProvince)
      throws Exception {
    return TestAccounts.open(name + "." + suffix, unit, office, roles, inProvince, PASSWORD);
  }
}
