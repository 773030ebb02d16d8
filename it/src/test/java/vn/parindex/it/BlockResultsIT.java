package vn.parindex.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A block's results through the API, on a province, block, campaign, six communes and an index of
 * the test's own (25 points, capped and floored, with a bonus and a penalty node): the figures,
 * ranks, ties and bands equal the hand computation below, bonus and penalty included; the
 * announcement freezes them, and every later change of the block is refused.
 *
 * <pre>
 * unit        1.1 1.2 2.1  appraised survey bonus penalty  total   %      rank band
 * An Phú       5   5   5     15       8      3     0      25 (26) 100.00  1    Tốt
 * Bình Minh    5   4   5     14       6      0     0      20       80.00  2    Tốt
 * Cát Tiên     5  3.5  5     13.5     6      1    0.5     20       80.00  2    Tốt
 * Đak Pơ       5   5   0     10       5      0     0      15       60.00  4    Khá
 * Ea Sol       0*  5   5     10       5      0     2      13       52.00  5    Yếu
 * Gia Hòa      (not submitted)        0      0     0       0        0.00  6    Yếu
 * * appraised from its own 5 in round 1, counted once the round closed
 * </pre>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BlockResultsIT {
  private static final String PASSWORD = "Ket-qua-khoi-2026!";
  private static final String[] NAMES = {
    "An Phú", "Bình Minh", "Cát Tiên", "Đak Pơ", "Ea Sol", "Gia Hòa"
  };
  static final String INDEX =
      """
      version:
        name: "%s"
        unit_level: commune
        year: %d
        decision: {number: "2/QĐ-UBND", date: 2025-12-01, issuer: "UBND tỉnh thử"}
        total_max: 25
        self_assessed_max: 15
        survey_max: 10
        total_bounded: true
        bands:
          - {label: "Tốt", min: 20}
          - {label: "Khá", min: 15}
          - {label: "Yếu", min: 0}
      nodes:
        - {code: "1", kind: area, name: "Chỉ đạo, điều hành", max_points: 10}
        - {code: "1.1", kind: criterion, name: "Kế hoạch CCHC", max_points: 5, scoring: {type: binary}}
        - {code: "1.2", kind: criterion, name: "Sáng kiến CCHC", max_points: 5, scoring: {type: manual, step: 0.5}}
        - {code: "2", kind: area, name: "Văn bản quy phạm pháp luật", max_points: 5}
        - {code: "2.1", kind: criterion, name: "Ban hành văn bản", max_points: 5, scoring: {type: binary}}
        - {code: "S", kind: area, name: "Điều tra xã hội học", max_points: 10, method: survey}
        - {code: "T", kind: area, name: "Điểm thưởng, điểm trừ", max_points: 5, method: bonus}
        - {code: "T.1", kind: criterion, name: "Sáng kiến được công nhận", max_points: 3, method: bonus}
        - {code: "T.2", kind: criterion, name: "Vi phạm kỷ luật hành chính", max_points: 2, method: penalty}
      """;

  private static Setting setting;

  /** What the tests share. */
  record Setting(
      String suffix,
      long version,
      long block,
      long campaign,
      ProvinceRows.Campaign rounds,
      List<Long> assessments,
      Api soNoiVu,
      Api council,
      Api consolidator,
      Api areaAppraiser,
      Api bonusAppraiser,
      Api otherProvince) {
    String results() {
      return "campaigns/" + campaign + "/blocks/" + block + "/results";
    }

    String adjustment(int unit, String code) {
      return "assessments/" + assessments.get(unit) + "/adjustments/" + code;
    }
  }

  private static Setting setting() throws Exception {
    if (setting != null) {
      return setting;
    }
    String suffix = Long.toString(System.nanoTime(), 36);
    Api admin = new Api("admin");
    int year = Vietnam.today().getYear();
    HttpResponse<String> imported =
        admin.upload(
            "index-versions",
            "application/yaml",
            INDEX.formatted("Bộ chỉ số thử kết quả " + suffix, year).getBytes(UTF_8));
    assertEquals(201, imported.statusCode(), imported.body());
    long version = Api.id(imported);
    HttpResponse<String> published = admin.post("index-versions/" + version + "/publish", "");
    assertEquals(2, published.statusCode() / 100, published.body());

    long province = ProvinceRows.province("Tỉnh thử kết quả " + suffix);
    long other = ProvinceRows.province("Tỉnh khác kết quả " + suffix);
    long block = ProvinceRows.block(province, "Khối xã kết quả " + suffix, 1);
    long department = TestUnits.unit(admin, "Sở Tư pháp kết quả " + suffix, "province-department");
    long bonusDepartment =
        TestUnits.unit(admin, "Sở Nội vụ kết quả " + suffix, "province-department");
    ProvinceRows.place(department, province, null);
    ProvinceRows.place(bonusDepartment, province, null);
    ProvinceRows.Campaign rounds =
        ProvinceRows.campaign(province, block, version, "Đợt kết quả " + suffix);
    ProvinceRows.give(rounds.id(), block, "1", department);
    ProvinceRows.give(rounds.id(), block, "T", bonusDepartment);
    List<Long> assessments = new ArrayList<>();
    Api consolidator = null;
    for (int i = 0; i < NAMES.length; i++) {
      long unit = TestUnits.unit(admin, "UBND xã " + NAMES[i] + " " + suffix, "commune");
      ProvinceRows.place(unit, province, block);
      TestUnits.office(admin, unit, "van-phong", "Văn phòng", true);
      if (i == 0) {
        consolidator =
            TestAccounts.open(
                "kq.cons." + suffix,
                unit,
                "van-phong",
                "\"OFFICE\", \"CONSOLIDATOR\"",
                null,
                PASSWORD);
      }
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
      assessments.add(assessment);
    }
    setting =
        new Setting(
            suffix,
            version,
            block,
            rounds.id(),
            rounds,
            assessments,
            TestAccounts.open("kq.snv." + suffix, null, null, "\"PROVINCE\"", province, PASSWORD),
            TestAccounts.open("kq.hd." + suffix, null, null, "\"COUNCIL\"", province, PASSWORD),
            consolidator,
            TestAccounts.open(
                "kq.stp." + suffix, department, null, "\"APPRAISER\"", province, PASSWORD),
            TestAccounts.open(
                "kq.snvtd." + suffix, bonusDepartment, null, "\"APPRAISER\"", province, PASSWORD),
            TestAccounts.open("kq.snv2." + suffix, null, null, "\"PROVINCE\"", other, PASSWORD));
    submitAndSurvey(setting);
    return setting;
  }

  /**
   * Five communes submit (every criterion at its max, then the table's points), the sixth does not;
   * the survey's points are written as its import would leave them.
   */
  private static void submitAndSurvey(Setting s) throws Exception {
    String[][] self = {
      {"5", "5", "5"}, {"5", "4", "5"}, {"5", "3.5", "5"}, {"5", "5", "0"}, {"5", "5", "5"}
    };
    String[] survey = {"8", "6", "6", "5", "5"};
    String[] codes = {"1.1", "1.2", "2.1"};
    for (int i = 0; i < self.length; i++) {
      long assessment = s.assessments().get(i);
      ProvinceRows.submit(s.campaign(), assessment, s.version(), "kq.cons." + s.suffix());
      for (int c = 0; c < codes.length; c++) {
        ProvinceRows.update(
            "update submitted_score set points = ? where submission_id ="
                + " (select id from submission where assessment_id = ?) and criterion_id ="
                + " (select id from criterion where version_id = ? and code = ?)",
            new BigDecimal(self[i][c]),
            assessment,
            s.version(),
            codes[c]);
      }
      ProvinceRows.update(
          "insert into survey_score (row_version, assessment_id, criterion_id, points,"
              + " entered_by, entered_at) select 0, ?, c.id, ?, 'kq.snv', ? from criterion c"
              + " where c.version_id = ? and c.code = 'S'",
          assessment,
          new BigDecimal(survey[i]),
          Timestamp.from(Instant.now()),
          s.version());
    }
    ProvinceRows.update(
        "update assessment set campaign_id = ? where id = ?", s.campaign(), s.assessments().get(5));
  }

  private static JsonObject results(Api caller) throws Exception {
    HttpResponse<String> response = caller.get(setting().results());
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response).asJsonObject();
  }

  private static List<JsonObject> units(JsonObject results) {
    return results.getJsonArray("units").getValuesAs(JsonObject.class);
  }

  private static JsonObject unit(JsonObject results, int index) throws Exception {
    long assessment = setting().assessments().get(index);
    return units(results).stream()
        .filter(u -> u.getJsonNumber("assessmentId").longValue() == assessment)
        .findFirst()
        .orElseThrow();
  }

  private static BigDecimal number(JsonObject o, String name) {
    return o.getJsonNumber(name).bigDecimalValue();
  }

  private static void assertAmount(String expected, BigDecimal actual, String what) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), what + ": " + actual);
  }

  private static HttpResponse<String> adjust(Api caller, int unit, String code, String body)
      throws Exception {
    return caller.put(setting().adjustment(unit, code), body);
  }

  @Test
  @Order(1)
  void theAreasAreTheSelfAssessedOnesAndTheMaximumLeavesBonusOut() throws Exception {
    JsonObject results = results(setting().soNoiVu());

    assertEquals(
        List.of("1", "2"),
        results.getJsonArray("areas").getValuesAs(JsonObject.class).stream()
            .map(a -> a.getString("code"))
            .toList());
    assertAmount("25", number(results, "max"), "the version's maximum");
    assertFalse(results.getBoolean("announced"));
    assertEquals(NAMES.length, units(results).size());
  }

  @Test
  @Order(2)
  void bonusAndPenaltyNeedAReasonPointsWithinTheMaxAndTheRightCaller() throws Exception {
    Setting s = setting();
    assertEquals(400, adjust(s.soNoiVu(), 0, "T.1", "{\"points\": 2}").statusCode());
    assertEquals(
        400,
        adjust(s.soNoiVu(), 0, "T.1", "{\"points\": 4, \"reason\": \"Quá mức\"}").statusCode());
    assertEquals(
        400,
        adjust(s.soNoiVu(), 0, "1.1", "{\"points\": 1, \"reason\": \"Không phải\"}").statusCode(),
        "not a bonus or penalty node");
    assertEquals(
        404,
        adjust(s.soNoiVu(), 0, "9.9", "{\"points\": 1, \"reason\": \"Không có\"}").statusCode());
    assertEquals(
        403,
        adjust(s.council(), 0, "T.1", "{\"points\": 1, \"reason\": \"Hội đồng\"}").statusCode());
    assertEquals(
        403,
        adjust(s.areaAppraiser(), 0, "T.1", "{\"points\": 1, \"reason\": \"Không được giao\"}")
            .statusCode());
    assertEquals(
        404,
        adjust(s.otherProvince(), 0, "T.1", "{\"points\": 1, \"reason\": \"Tỉnh khác\"}")
            .statusCode());
    assertTrue(
        adjust(s.soNoiVu(), 0, "T.1", "{\"points\": 4, \"reason\": \"Quá mức\"}")
            .body()
            .contains("từ 0 đến 3"),
        "the refusal is translated");
  }

  @Test
  @Order(3)
  void theSoNoiVuAndTheAppraiserGivenTheNodeEnterBonusAndPenalty() throws Exception {
    Setting s = setting();
    HttpResponse<String> bonus =
        adjust(s.soNoiVu(), 0, "T.1", "{\"points\": 3, \"reason\": \"Mô hình một cửa mẫu\"}");
    assertEquals(200, bonus.statusCode(), bonus.body());
    assertEquals("bonus", Api.json(bonus).asJsonObject().getString("method"));
    assertEquals(
        200,
        adjust(s.bonusAppraiser(), 2, "T.1", "{\"points\": 1, \"reason\": \"Sáng kiến cấp tỉnh\"}")
            .statusCode());
    assertEquals(
        200,
        adjust(s.soNoiVu(), 2, "T.2", "{\"points\": 0.5, \"reason\": \"Báo cáo chậm\"}")
            .statusCode());
    assertEquals(
        200,
        adjust(s.soNoiVu(), 4, "T.2", "{\"points\": 1, \"reason\": \"Vi phạm lần một\"}")
            .statusCode());
    assertEquals(
        200,
        adjust(s.soNoiVu(), 4, "T.2", "{\"points\": 2, \"reason\": \"Vi phạm lần hai\"}")
            .statusCode(),
        "entering again replaces");
    assertEquals(
        200,
        adjust(s.soNoiVu(), 3, "T.1", "{\"points\": 1, \"reason\": \"Nhập nhầm\"}").statusCode());
    assertEquals(204, s.soNoiVu().delete(s.adjustment(3, "T.1")).statusCode());

    JsonArray listed =
        Api.json(s.council().get("assessments/" + s.assessments().get(2) + "/adjustments"))
            .asJsonArray();
    assertEquals(2, listed.size());
    assertAmount("0.5", listed.getJsonObject(1).getJsonNumber("points").bigDecimalValue(), "T.2");
  }

  @Test
  @Order(4)
  void everyBonusAndPenaltyChangeIsInTheCriterionsHistoryWithItsReason() throws Exception {
    Setting s = setting();
    Api admin = new Api("admin");
    List<String> penalty = adjustmentHistory(admin, s.assessments().get(4), "T.2");
    assertEquals(
        List.of(
            "kq.snv." + s.suffix() + ": → T.2: 1.00 (Vi phạm lần một)",
            "kq.snv." + s.suffix() + ": T.2: 1.00 → T.2: 2.00 (Vi phạm lần hai)"),
        penalty);
    List<String> cleared = adjustmentHistory(admin, s.assessments().get(3), "T.1");
    assertEquals(
        List.of(
            "kq.snv." + s.suffix() + ": → T.1: 1.00 (Nhập nhầm)",
            "kq.snv." + s.suffix() + ": T.1: 1.00 → "),
        cleared);
    List<String> byAppraiser = adjustmentHistory(admin, s.assessments().get(2), "T.1");
    assertEquals(
        List.of("kq.snvtd." + s.suffix() + ": → T.1: 1.00 (Sáng kiến cấp tỉnh)"), byAppraiser);
  }

  /** The criterion's bonus and penalty history as "who: old → new (reason)", oldest first. */
  private static List<String> adjustmentHistory(Api caller, long assessment, String code)
      throws Exception {
    HttpResponse<String> response =
        caller.get("assessments/" + assessment + "/criteria/" + code + "/history");
    assertEquals(200, response.statusCode(), response.body());
    return Api.json(response).asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(h -> h.getString("kind").equals("ADJUSTMENT"))
        .peek(h -> assertTrue(h.containsKey("changedAt") && !h.isNull("changedAt"), h.toString()))
        .map(
            h ->
                h.getString("changedBy")
                    + ": "
                    + (text(h, "oldValue").isEmpty() ? "" : text(h, "oldValue") + " ")
                    + "→ "
                    + text(h, "newValue")
                    + (text(h, "reason").isEmpty() ? "" : " (" + text(h, "reason") + ")"))
        .toList();
  }

  private static String text(JsonObject o, String name) {
    return o.containsKey(name) && !o.isNull(name) ? o.getString(name) : "";
  }

  @Test
  @Order(4)
  void anAppraisedScoreCountsOnceItsRoundCloses() throws Exception {
    Setting s = setting();
    ProvinceRows.round(s.rounds().round1(), "OPEN");
    HttpResponse<String> decided =
        s.areaAppraiser()
            .put(
                "assessments/" + s.assessments().get(4) + "/appraisal/1.1",
                "{\"points\": 0, \"reason\": \"Không có kế hoạch\"}");
    assertEquals(200, decided.statusCode(), decided.body());

    JsonObject during = unit(results(s.soNoiVu()), 4);
    assertAmount("18", number(during, "total"), "the round is still open: its own 5 stands");

    ProvinceRows.round(s.rounds().round1(), "CLOSED");
    JsonObject after = unit(results(s.soNoiVu()), 4);
    assertAmount(
        "5", after.getJsonArray("areaPoints").getJsonNumber(0).bigDecimalValue(), "area 1");
    assertTrue(after.getBoolean("provisional"), "not approved yet");
  }

  @Test
  @Order(5)
  void ranksTiesAndBandsEqualTheHandComputation() throws Exception {
    JsonObject results = results(setting().council());
    String[][] expected = {
      // name, area 1, area 2, survey, bonus, penalty, total, percent, rank, band
      {"An Phú", "10", "5", "8", "3", "0", "25", "100", "1", "Tốt"},
      {"Bình Minh", "9", "5", "6", "0", "0", "20", "80", "2", "Tốt"},
      {"Cát Tiên", "8.5", "5", "6", "1", "0.5", "20", "80", "2", "Tốt"},
      {"Đak Pơ", "10", "0", "5", "0", "0", "15", "60", "4", "Khá"},
      {"Ea Sol", "5", "5", "5", "0", "2", "13", "52", "5", "Yếu"},
      {"Gia Hòa", null, null, "0", "0", "0", "0", "0", "6", "Yếu"}
    };
    List<JsonObject> units = units(results);
    for (int i = 0; i < expected.length; i++) {
      String[] row = expected[i];
      JsonObject u = units.get(i);
      assertTrue(u.getString("unitName").startsWith("UBND xã " + row[0]), u.toString());
      JsonArray areas = u.getJsonArray("areaPoints");
      for (int a = 0; a < 2; a++) {
        if (row[1 + a] == null) {
          assertEquals(JsonValue.ValueType.NULL, areas.get(a).getValueType(), row[0]);
        } else {
          assertAmount(row[1 + a], areas.getJsonNumber(a).bigDecimalValue(), row[0] + " area");
        }
      }
      assertAmount(row[3], number(u, "survey"), row[0] + " survey");
      assertAmount(row[4], number(u, "bonus"), row[0] + " bonus");
      assertAmount(row[5], number(u, "penalty"), row[0] + " penalty");
      assertAmount(row[6], number(u, "total"), row[0] + " total");
      assertAmount(row[7], number(u, "percent"), row[0] + " percent");
      assertEquals(Integer.parseInt(row[8]), u.getInt("rank"), row[0] + " rank");
      assertEquals(row[9], u.getString("band"), row[0] + " band");
    }
  }

  @Test
  @Order(6)
  void theRankingOfTheYearAndBlockAnswersTheSameFigures() throws Exception {
    Setting s = setting();
    JsonObject results = results(s.soNoiVu());
    HttpResponse<String> response =
        s.soNoiVu().get("rankings?year=" + Vietnam.today().getYear() + "&block=" + s.block());
    assertEquals(200, response.statusCode(), response.body());
    List<JsonObject> ranking = rankingOf(response);
    List<JsonObject> units = units(results);
    assertEquals(units.size(), ranking.size());
    for (int i = 0; i < units.size(); i++) {
      JsonObject line = ranking.get(i);
      assertEquals(units.get(i).getInt("rank"), line.getInt("rank"));
      assertAmount(
          units.get(i).getJsonNumber("total").toString(), number(line, "grandTotal"), "total");
      assertAmount(units.get(i).getJsonNumber("bonus").toString(), number(line, "bonus"), "bonus");
      assertAmount(
          units.get(i).getJsonNumber("penalty").toString(), number(line, "penalty"), "penalty");
    }
  }

  private static List<JsonObject> rankingOf(HttpResponse<String> response) {
    return Api.json(response).asJsonArray().getValuesAs(JsonObject.class);
  }

  @Test
  @Order(6)
  void aCappedUnitsResultSheetShowsTheSumAndTheCappedTotalAsTheResultsDo() throws Exception {
    Setting s = setting();
    // An Phú: 15 appraised + 8 survey + 3 bonus = 26, capped at the index's 25
    assertAmount("25", number(unit(results(s.soNoiVu()), 0), "total"), "the results cap it");
    ResultSheetText sheet = ResultSheetText.of(s.soNoiVu(), s.assessments().get(0));

    assertTrue(sheet.pdf().contains("Tổng cộng 26 điểm, tính tối đa 25 điểm."), sheet.pdf());
    assertEquals(
        new BigDecimal("25"),
        sheet.totals().get(sheet.totals().size() - 2),
        "the total row prints the capped index: " + sheet.totals());
    assertTrue(sheet.labels().contains("Điểm thẩm định vòng 1"), sheet.labels().toString());
    assertFalse(
        sheet.labels().contains("Điểm thẩm định vòng 2"), "a campaign of two rounds: no round 2");

    ResultSheetText uncapped = ResultSheetText.of(s.soNoiVu(), s.assessments().get(1));
    assertFalse(uncapped.pdf().contains("tính tối đa"), uncapped.pdf());
  }

  @Test
  @Order(6)
  void onlyTheProvincesReadersSeeTheResults() throws Exception {
    Setting s = setting();
    assertEquals(403, s.consolidator().get(s.results()).statusCode());
    assertEquals(404, s.otherProvince().get(s.results()).statusCode());
    assertEquals(403, s.areaAppraiser().get(s.results()).statusCode());
  }

  @Test
  @Order(7)
  void theBlockIsAnnouncedOnlyAfterTheCouncilApprovedIt() throws Exception {
    Setting s = setting();
    String announcement = "campaigns/" + s.campaign() + "/blocks/" + s.block() + "/announcement";
    String body = "{\"decisionNumber\": \"15/QĐ-UBND\", \"decisionDate\": \"2026-01-20\"}";
    HttpResponse<String> early = s.soNoiVu().post(announcement, body);
    assertEquals(409, early.statusCode(), early.body());
    assertTrue(early.body().contains("chưa được Hội đồng phê duyệt"), early.body());

    ProvinceRows.round(s.rounds().round2(), "CLOSED");
    HttpResponse<String> approved =
        s.council().post("campaigns/" + s.campaign() + "/approvals/" + s.block(), "");
    assertEquals(200, approved.statusCode(), approved.body());
    JsonObject approvedResults = results(s.soNoiVu());
    assertFalse(unit(approvedResults, 0).getBoolean("provisional"), "approved");
    assertTrue(unit(approvedResults, 5).getBoolean("provisional"), "never submitted");

    assertEquals(403, s.council().post(announcement, body).statusCode());
    assertEquals(
        400,
        s.soNoiVu().post(announcement, "{\"decisionDate\": \"2026-01-20\"}").statusCode(),
        "a decision number is required");
    HttpResponse<String> announced = s.soNoiVu().post(announcement, body);
    assertEquals(200, announced.statusCode(), announced.body());
    JsonObject result = Api.json(announced).asJsonObject();
    assertTrue(result.getBoolean("announced"));
    assertEquals("15/QĐ-UBND", result.getString("decisionNumber"));
    assertEquals(LocalDate.of(2026, 1, 20).toString(), result.getString("decisionDate"));
    assertEquals(409, s.soNoiVu().post(announcement, body).statusCode(), "announced once");
  }

  @Test
  @Order(8)
  void announcedResultsNeverChange() throws Exception {
    Setting s = setting();
    JsonObject before = results(s.council());

    HttpResponse<String> bonus =
        adjust(s.soNoiVu(), 1, "T.1", "{\"points\": 3, \"reason\": \"Sau công bố\"}");
    assertEquals(409, bonus.statusCode(), bonus.body());
    assertTrue(bonus.body().contains("đã được công bố"), bonus.body());
    assertEquals(409, s.soNoiVu().delete(s.adjustment(0, "T.1")).statusCode());
    assertEquals(
        409,
        s.council()
            .post(
                "campaigns/" + s.campaign() + "/approvals/" + s.block() + "/reopen",
                "{\"reason\": \"Mở lại sau công bố\"}")
            .statusCode());
    assertEquals(
        409,
        s.areaAppraiser()
            .put(
                "assessments/" + s.assessments().get(1) + "/appraisal/1.2",
                "{\"points\": 0, \"reason\": \"Sau công bố\"}")
            .statusCode());
    // a score changed behind the application's back does not reach the announced figures
    ProvinceRows.update(
        "update survey_score set points = 0 where assessment_id = ?", s.assessments().get(0));

    JsonObject after = results(s.council());
    assertEquals(before, after);
    assertAmount("25", number(unit(after, 0), "total"), "An Phú as announced");
    assertEquals(
        Arrays.asList(1, 2, 2, 4, 5, 6), units(after).stream().map(u -> u.getInt("rank")).toList());
  }
}
