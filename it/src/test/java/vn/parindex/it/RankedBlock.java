package vn.parindex.it;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A province of the test's own with one block of four communes on the small commune index, all
 * submitted to this year's campaign with different points, and three of them in last year's
 * campaign too: what the province's dashboard draws. The points are written as submitted scores (an
 * unappraised criterion's final score is the unit's own), so the test knows every figure. Revised,
 * this year's campaign uses a revision of last year's index in which area 2 became area 3.
 */
final class RankedBlock {
  static final String PASSWORD = "Bang-dieu-hanh-2026!";

  /** Points of the leaves 1.1, 1.2 (area 1, max 10) and 2.1 (area 2, max 5) per commune. */
  static final Map<String, BigDecimal[]> THIS_YEAR =
      Map.of(
          "A", points("5", "5", "5"),
          "B", points("5", "2.5", "5"),
          "C", points("0", "4", "5"),
          "D", points("5", "4", "0"));

  static final Map<String, BigDecimal[]> LAST_YEAR =
      Map.of("A", points("5", "0", "0"), "B", points("5", "5", "5"), "C", points("0", "0", "5"));

  final String suffix = Long.toString(System.nanoTime(), 36);
  final Api admin = new Api("admin");
  final long version;
  final long lastVersion;
  final boolean revised;
  final long province;
  final long block;
  final long campaign;
  final long lastCampaign;
  final List<Long> units = new ArrayList<>();
  final List<String> names = new ArrayList<>();
  final String soNoiVu;
  final String council;
  final String appraiser;
  final String consolidator;

  RankedBlock() throws Exception {
    this(false);
  }

  RankedBlock(boolean revised) throws Exception {
    this.revised = revised;
    lastVersion = TestUnits.communeIndex(admin, "Bộ chỉ số bảng điều hành " + suffix);
    version = revised ? recodedRevision(lastVersion) : lastVersion;
    province = ProvinceRows.province("Tỉnh bảng điều hành " + suffix);
    block = ProvinceRows.block(province, "Khối xã bảng điều hành " + suffix, 1);
    int year = Vietnam.today().getYear();
    campaign = ProvinceRows.campaign(province, block, version, "Đợt bảng " + suffix).id();
    lastCampaign =
        ProvinceRows.insert(
            "insert into campaign (row_version, province_id, campaign_year, name, self_deadline,"
                + " submission_deadline) values (0, ?, ?, ?, ?, ?)",
            province,
            year - 1,
            "Đợt năm trước " + suffix,
            Vietnam.today().minusYears(1),
            Vietnam.today().minusYears(1));
    ProvinceRows.update(
        "insert into campaign_block (campaign_id, block_id, version_id) values (?, ?, ?)",
        lastCampaign,
        block,
        lastVersion);
    for (String letter : List.of("A", "B", "C", "D")) {
      String name = "UBND xã Bảng " + letter + " " + suffix;
      long unit = TestUnits.unit(admin, name, "commune");
      ProvinceRows.place(unit, province, block);
      units.add(unit);
      names.add(name);
      submit(campaign, version, unit, year, THIS_YEAR.get(letter));
      if (LAST_YEAR.containsKey(letter)) {
        submit(lastCampaign, lastVersion, unit, year - 1, LAST_YEAR.get(letter));
      }
    }
    long department = TestUnits.unit(admin, "Sở Tư pháp bảng " + suffix, "commune");
    ProvinceRows.place(department, province, null);
    TestUnits.office(admin, units.get(0), "van-phong", "Phòng van-phong", true);
    soNoiVu = account("snv.d", null, null, "\"PROVINCE\"", province);
    council = account("hd.d", null, null, "\"COUNCIL\"", province);
    appraiser = account("stp.d", department, null, "\"APPRAISER\"", province);
    consolidator =
        account("cons.d", units.get(0), "van-phong", "\"OFFICE\", \"CONSOLIDATOR\"", null);
  }

  /** A published revision of the index in which area 2 (with its criterion) is now area 3. */
  private long recodedRevision(long from) throws Exception {
    long draft =
        Api.id(
            admin.post(
                "index-versions/" + from + "/revise",
                "{\"name\": \"Bộ chỉ số bảng điều hành sửa đổi "
                    + suffix
                    + "\", \"decisionNumber\": \"2/QĐ-UBND\", \"decisionDate\": \"2037-01-05\","
                    + " \"decisionIssuer\": \"UBND tỉnh thử\"}"));
    java.net.http.HttpResponse<String> moved =
        admin.post("index-versions/" + draft + "/nodes/2/move", "{\"newCode\": \"3\"}");
    org.junit.jupiter.api.Assertions.assertEquals(204, moved.statusCode(), moved.body());
    java.net.http.HttpResponse<String> published =
        admin.post("index-versions/" + draft + "/publish", "");
    org.junit.jupiter.api.Assertions.assertTrue(
        published.statusCode() / 100 == 2, published.body());
    return draft;
  }

  private void submit(long campaignId, long version, long unit, int year, BigDecimal[] points)
      throws Exception {
    long assessment =
        Api.id(
            admin.post(
                "assessments",
                "{\"unit\": "
                    + unit
                    + ", \"year\": "
                    + year
                    + ", \"version\": "
                    + version
                    + ", \"deadline\": \""
                    + Vietnam.today().plusDays(AppraisedCommune.DEADLINE_DAYS)
                    + "\"}"));
    ProvinceRows.submit(campaignId, assessment, version, "admin");
    String[] leaves = {"1.1", "1.2", revised && version != lastVersion ? "3.1" : "2.1"};
    for (int i = 0; i < leaves.length; i++) {
      ProvinceRows.update(
          "update submitted_score set points = ? where submission_id ="
              + " (select id from submission where assessment_id = ?) and criterion_id ="
              + " (select id from criterion where version_id = ? and code = ?)",
          points[i],
          assessment,
          version,
          leaves[i]);
    }
  }

  private String account(String name, Long unit, String office, String roles, Long inProvince)
      throws Exception {
    String username = name + "." + suffix;
    TestAccounts.open(username, unit, office, roles, inProvince, PASSWORD);
    return username;
  }

  private static BigDecimal[] points(String... values) {
    BigDecimal[] points = new BigDecimal[values.length];
    for (int i = 0; i < values.length; i++) {
      points[i] = new BigDecimal(values[i]);
    }
    return points;
  }
}
