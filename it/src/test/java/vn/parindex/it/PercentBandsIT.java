package vn.parindex.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A version whose bands are percentages of its maximum, as the national ranking of 2024 gives its
 * groups (A from 90 %, B from 80 % to under 90 %, C below), on a province, block, campaign and four
 * communes of the test's own. Each commune's 15 self-assessed points stand; the survey (of 10) puts
 * its total on or just under a bound of the 25-point index:
 *
 * <pre>
 * unit      survey  total   %      band
 * An Khê    7.50    22.50   90.00  Nhóm A
 * Ayun Pa   7.49    22.49   89.96  Nhóm B
 * Chư Sê    5.00    20.00   80.00  Nhóm B
 * Đak Đoa   4.99    19.99   79.96  Nhóm C
 * </pre>
 *
 * In points these bounds (90, 80) would lie above the maximum, which the checks refuse.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PercentBandsIT {
  private static final String PASSWORD = "Xep-loai-phan-tram-2026!";
  private static final String[] NAMES = {"An Khê", "Ayun Pa", "Chư Sê", "Đak Đoa"};
  private static final String[] SURVEY = {"7.50", "7.49", "5.00", "4.99"};
  private static final String[][] EXPECTED = {
    {"22.5", "90", "Nhóm A"},
    {"22.49", "89.96", "Nhóm B"},
    {"20", "80", "Nhóm B"},
    {"19.99", "79.96", "Nhóm C"}
  };
  private static final String INDEX =
      """
      version:
        name: "%s"
        unit_level: commune
        year: %d
        decision: {number: "3/QĐ-UBND", date: 2025-12-01, issuer: "UBND tỉnh thử"}
        total_max: 25
        self_assessed_max: 15
        survey_max: 10
        bands_in: "%%"
        bands:
          - {label: "Nhóm A", min: %s}
          - {label: "Nhóm B", min: 80}
          - {label: "Nhóm C", min: 0}
      nodes:
        - {code: "1", kind: area, name: "Chỉ đạo, điều hành", max_points: 15}
        - {code: "1.1", kind: criterion, name: "Kế hoạch CCHC", max_points: 15, scoring: {type: binary}}
        - {code: "S", kind: area, name: "Điều tra xã hội học", max_points: 10, method: survey}
      """;

  private static HttpResponse<String> importIndex(Api admin, String name, String groupA)
      throws Exception {
    return admin.upload(
        "index-versions",
        "application/yaml",
        INDEX.formatted(name, Vietnam.today().getYear(), groupA).getBytes(UTF_8));
  }

  @Test
  void aVersionBandedInPercentBandsTheBlocksResultsAndRankingByItsMaximum() throws Exception {
    String suffix = Long.toString(System.nanoTime(), 36);
    Api admin = new Api("admin");
    HttpResponse<String> imported = importIndex(admin, "Bộ chỉ số xếp loại % " + suffix, "90");
    assertEquals(201, imported.statusCode(), imported.body());
    long version = Api.id(imported);
    JsonObject read = Api.json(admin.get("index-versions/" + version)).asJsonObject();
    assertEquals("PERCENT", read.getJsonObject("version").getString("bandScale"));
    HttpResponse<String> published = admin.post("index-versions/" + version + "/publish", "");
    assertEquals(2, published.statusCode() / 100, published.body());

    long province = ProvinceRows.province("Tỉnh thử xếp loại % " + suffix);
    long block = ProvinceRows.block(province, "Khối xã xếp loại % " + suffix, 1);
    ProvinceRows.Campaign campaign =
        ProvinceRows.campaign(province, block, version, "Đợt xếp loại % " + suffix);
    int year = Vietnam.today().getYear();
    long firstAssessment = 0;
    for (int i = 0; i < NAMES.length; i++) {
      long unit = TestUnits.unit(admin, "UBND xã " + NAMES[i] + " " + suffix, "commune");
      ProvinceRows.place(unit, province, block);
      TestUnits.office(admin, unit, "van-phong", "Văn phòng", true);
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
      firstAssessment = i == 0 ? assessment : firstAssessment;
      ProvinceRows.submit(campaign.id(), assessment, version, "xlpt.cons." + suffix);
      ProvinceRows.update(
          "insert into survey_score (row_version, assessment_id, criterion_id, points,"
              + " entered_by, entered_at) select 0, ?, c.id, ?, 'xlpt.snv', ? from criterion c"
              + " where c.version_id = ? and c.code = 'S'",
          assessment,
          new BigDecimal(SURVEY[i]),
          Timestamp.from(Instant.now()),
          version);
    }
    Api soNoiVu =
        TestAccounts.open("xlpt.snv." + suffix, null, null, "\"PROVINCE\"", province, PASSWORD);

    // a campaign of three rounds: the unit's result sheet shows round 1 and round 2 before the end
    ProvinceRows.insert(
        "insert into appraisal_round (campaign_id, round_number, appraisal_until, status)"
            + " values (?, 3, ?, 'PLANNED')",
        campaign.id(),
        Vietnam.today().plusDays(20));
    ResultSheetText sheet = ResultSheetText.of(soNoiVu, firstAssessment);
    assertTrue(sheet.labels().contains("Điểm thẩm định vòng 1"), sheet.labels().toString());
    assertTrue(sheet.labels().contains("Điểm thẩm định vòng 2"), sheet.labels().toString());
    assertTrue(sheet.labels().contains("Điểm sau thẩm định"), sheet.labels().toString());
    // max, self, round 1, round 2, final, difference: 15 + 7.5 survey each, nothing appraised yet
    assertEquals(
        List.of("25", "22.5", "22.5", "22.5", "22.5", "0").stream().map(BigDecimal::new).toList(),
        sheet.totals().stream().map(BigDecimal::stripTrailingZeros).toList(),
        "the totals of a three-round sheet");

    HttpResponse<String> response =
        soNoiVu.get("campaigns/" + campaign.id() + "/blocks/" + block + "/results");
    assertEquals(200, response.statusCode(), response.body());
    List<JsonObject> units =
        Api.json(response).asJsonObject().getJsonArray("units").getValuesAs(JsonObject.class);
    assertEquals(NAMES.length, units.size());
    for (int i = 0; i < NAMES.length; i++) {
      JsonObject u = units.get(i);
      assertTrue(u.getString("unitName").startsWith("UBND xã " + NAMES[i]), u.toString());
      assertAmount(EXPECTED[i][0], u, "total");
      assertAmount(EXPECTED[i][1], u, "percent");
      assertEquals(EXPECTED[i][2], u.getString("band"), NAMES[i]);
    }

    HttpResponse<String> ranking = soNoiVu.get("rankings?year=" + year + "&block=" + block);
    assertEquals(200, ranking.statusCode(), ranking.body());
    assertEquals(
        List.of("Nhóm A", "Nhóm B", "Nhóm B", "Nhóm C"),
        Api.json(ranking).asJsonArray().getValuesAs(JsonObject.class).stream()
            .map(r -> r.getString("band"))
            .toList(),
        "the ranking of the year bands as the results do");
  }

  @Test
  void aPercentageAbove100IsRefusedWithATranslatedProblemAndNothingImported() throws Exception {
    Api admin = new Api("admin");
    String name = "Bộ chỉ số xếp loại quá 100 % " + Long.toString(System.nanoTime(), 36);

    HttpResponse<String> refused = importIndex(admin, name, "120");

    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("phải từ 0 đến 100 %"), refused.body());
    assertTrue(
        !Api.json(admin.get("index-versions")).toString().contains(name), "nothing imported");
  }

  private static void assertAmount(String expected, JsonObject o, String name) {
    BigDecimal actual = o.getJsonNumber(name).bigDecimalValue();
    assertEquals(0, new BigDecimal(expected).compareTo(actual), name + ": " + actual);
  }
}
