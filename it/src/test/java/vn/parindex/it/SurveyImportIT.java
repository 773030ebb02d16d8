package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Sở Nội vụ imports a block's survey results from the template it downloads: all or nothing,
 * every problem by row and column, a preview first; importing again replaces the values and the
 * history keeps the earlier ones; the council's approval freezes them; nobody else imports.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyImportIT {
  private final SurveyBlock survey = new SurveyBlock();
  private final AppraisedCommune f = survey.f;
  private final long assessmentB = survey.assessmentB;
  private final String base = survey.base;

  SurveyImportIT() throws Exception {}

  @Test
  void aGoodFileIsPreviewedThenSavedAndTheConsolidationCountsIt() throws Exception {
    byte[] file = survey.filled(Map.of(f.unitA, "21,5", f.unitB, 18), true);

    JsonObject preview = json(importFile(file, true), 200);
    assertEquals(2, preview.getInt("values"));
    assertEquals(2, preview.getInt("changed"));
    assertEquals(0, count("survey_score where assessment_id = " + f.assessment), "not saved yet");

    JsonObject done = json(importFile(file, false), 200);
    assertEquals("ket-qua-dieu-tra.xlsx", done.getString("fileName"));
    assertEquals(2, done.getInt("values"));
    JsonObject forms = done.getJsonArray("forms").getJsonObject(0);
    assertEquals("Đại biểu HĐND tỉnh", forms.getString("group"));
    assertEquals(1600, forms.getInt("sent"));
    assertEquals(1412, forms.getInt("returned"));

    JsonObject totals =
        ((JsonObject) Api.json(f.admin.get("assessments/" + f.assessment + "/consolidation")))
            .getJsonObject("totals");
    assertDecimal("21.5", totals.getJsonNumber("survey").bigDecimalValue());
    assertDecimal(
        totals.getJsonNumber("selfAssessed").bigDecimalValue().add(new BigDecimal("21.5")),
        totals.getJsonNumber("grandTotal").bigDecimalValue());

    JsonObject results = (JsonObject) Api.json(f.council.get(base + "/survey"));
    assertDecimal("21.5", unitValue(results, f.unitA));
    assertDecimal("18", unitValue(results, f.unitB));
    assertEquals(1, results.getJsonArray("imports").size());
  }

  @Test
  void importingAgainReplacesTheValuesAndTheHistoryKeepsTheEarlierOnes() throws Exception {
    json(importFile(survey.filled(Map.of(f.unitA, 21.5, f.unitB, 18), false), false), 200);
    JsonObject second =
        json(importFile(survey.filled(Map.of(f.unitA, 25, f.unitB, 18), false), false), 200);
    assertEquals(1, second.getInt("changed"), "only Ia Grai's points changed");

    JsonObject results = (JsonObject) Api.json(f.soNoiVu.get(base + "/survey"));
    assertDecimal("25", unitValue(results, f.unitA));
    assertEquals(2, results.getJsonArray("imports").size());
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "select v.previous_points from survey_import_value v"
                    + " where v.import_id = ? and v.assessment_id = ?")) {
      ps.setLong(1, second.getJsonNumber("id").longValue());
      ps.setLong(2, f.assessment);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertDecimal("21.5", rs.getBigDecimal(1));
      }
    }
    List<String> history =
        ((JsonArray) Api.json(f.admin.get("assessments/" + f.assessment + "/criteria/S/history")))
            .getValuesAs(JsonObject.class).stream()
                .filter(h -> h.getString("kind").equals("SURVEY"))
                .map(
                    h ->
                        (h.containsKey("oldValue") && !h.isNull("oldValue")
                                ? h.getString("oldValue")
                                : "")
                            + " → "
                            + h.getString("newValue"))
                .toList();
    assertEquals(List.of(" → S: 21.50", "S: 21.50 → S: 25.00"), history);
  }

  @Test
  void aBrokenFileSavesNothingAndNamesEveryProblemByRowAndColumn() throws Exception {
    byte[] broken = survey.broken();

    HttpResponse<String> refused = importFile(broken, false);

    assertEquals(400, refused.statusCode(), refused.body());
    JsonObject body = read(refused.body());
    List<String> problems =
        body.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
            .map(p -> p.getString("message"))
            .toList();
    int rowA = survey.row(f.unitA);
    int rowB = survey.row(f.unitB);
    int unknownRow = Math.max(rowA, rowB) + 1;
    assertTrue(
        problems.contains("Dòng " + rowA + ", cột C (S): điểm 31 nằm ngoài khoảng 0 – 30,00."),
        problems.toString());
    assertTrue(
        problems.contains("Dòng " + rowB + ", cột C (S): chưa có điểm."), problems.toString());
    assertTrue(
        problems.contains(
            "Dòng " + unknownRow + ", cột A: mã đơn vị \"987654321\" không thuộc khối này."),
        problems.toString());
    assertTrue(
        problems.stream()
            .anyMatch(
                p -> p.startsWith("Dòng " + (unknownRow + 1) + ", cột A: ") && p.contains("trùng")),
        problems.toString());
    assertEquals(4, problems.size(), problems.toString());
    assertEquals(
        0,
        count("survey_score where assessment_id in (" + f.assessment + ", " + assessmentB + ")"));
    assertEquals(0, count("survey_import where campaign_id = " + f.campaign));

    HttpResponse<String> notAWorkbook =
        f.soNoiVu.uploadFile(
            base + "/survey-import", "ket-qua.csv", "S\n10".getBytes(StandardCharsets.UTF_8));
    assertEquals(400, notAWorkbook.statusCode());
    assertTrue(notAWorkbook.body().contains("không phải là bảng tính Excel"), notAWorkbook.body());
  }

  @Test
  void theCouncilsApprovalFreezesImportAndHandEntryUntilReopened() throws Exception {
    byte[] file = survey.filled(Map.of(f.unitA, 20, f.unitB, 15), false);
    ProvinceRows.insert(
        "insert into block_approval (campaign_id, block_id, approved_at, approved_by)"
            + " values (?, ?, ?, 'hd')",
        f.campaign,
        f.block,
        Timestamp.from(Instant.now()));

    HttpResponse<String> frozen = importFile(file, false);
    assertEquals(409, frozen.statusCode(), frozen.body());
    assertTrue(frozen.body().contains("đã được Hội đồng phê duyệt"), frozen.body());
    HttpResponse<String> byHand =
        f.consolidatorB.put("assessments/" + assessmentB + "/survey/S", "{\"points\": 10}");
    assertEquals(409, byHand.statusCode(), byHand.body());
    assertTrue(((JsonObject) Api.json(f.council.get(base + "/survey"))).getBoolean("approved"));

    Api.json(
        f.council.post(
            "campaigns/" + f.campaign + "/approvals/" + f.block + "/reopen",
            "{\"reason\": \"Bổ sung kết quả điều tra\"}"));
    json(importFile(file, false), 200);
    assertEquals(
        200,
        f.consolidatorB
            .put("assessments/" + assessmentB + "/survey/S", "{\"points\": 10}")
            .statusCode());
  }

  @Test
  void appraisersTheCouncilAndAnotherProvinceDoNotImport() throws Exception {
    byte[] file = survey.filled(Map.of(f.unitA, 20, f.unitB, 15), false);
    long other = ProvinceRows.province("Tỉnh khác " + f.suffix);
    Api otherProvince =
        TestAccounts.open(
            "snv.khac." + f.suffix, null, null, "\"PROVINCE\"", other, AppraisedCommune.PASSWORD);

    assertEquals(403, f.justiceAppraiser.get(base + "/survey").statusCode());
    assertEquals(403, upload(f.justiceAppraiser, file).statusCode());
    assertEquals(403, upload(f.council, file).statusCode());
    assertEquals(404, otherProvince.get(base + "/survey").statusCode());
    assertEquals(404, upload(otherProvince, file).statusCode());
    assertEquals(0, count("survey_import where campaign_id = " + f.campaign));
  }

  // ---------------------------------------------------------------------------------------------

  private HttpResponse<String> importFile(byte[] file, boolean preview) throws Exception {
    return f.soNoiVu.uploadFile(
        base + "/survey-import" + (preview ? "?preview=true" : ""), "ket-qua-dieu-tra.xlsx", file);
  }

  private HttpResponse<String> upload(Api caller, byte[] file) throws Exception {
    return caller.uploadFile(base + "/survey-import", "ket-qua.xlsx", file);
  }

  private static BigDecimal unitValue(JsonObject results, long unit) {
    return results.getJsonArray("units").getValuesAs(JsonObject.class).stream()
        .filter(u -> u.getJsonNumber("unitId").longValue() == unit)
        .findFirst()
        .orElseThrow()
        .getJsonArray("values")
        .getJsonObject(0)
        .getJsonNumber("points")
        .bigDecimalValue();
  }

  private static JsonObject json(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    return read(response.body());
  }

  private static JsonObject read(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  private static long count(String fromWhere) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement("select count(*) from " + fromWhere);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void assertDecimal(String expected, BigDecimal actual) {
    assertDecimal(new BigDecimal(expected), actual);
  }

  private static void assertDecimal(BigDecimal expected, BigDecimal actual) {
    assertEquals(0, expected.compareTo(actual), expected + " ≠ " + actual);
  }
}
