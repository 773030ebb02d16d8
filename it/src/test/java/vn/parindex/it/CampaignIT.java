package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Sở Nội vụ's side of the cycle through the API, on a province, blocks, communes, accounts and
 * a small index of the test's own: the campaign is set up and every commune's assessment is created
 * in bulk; a commune submits, which freezes its self scores until the province returns the
 * submission; the province sees who submitted, who is late and who has not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignIT {
  private static final String PASSWORD = "Kiem-tra-dot-2026!";
  private static final int YEAR = 2037;
  private static final LocalDate TODAY = LocalDate.now(Vietnam.ZONE);

  private static Setting setting;

  /** What the tests share: the province's data and its callers. */
  record Setting(
      String suffix,
      long version,
      long provinceId,
      long communes,
      long department,
      List<Long> units,
      List<Api> consolidators,
      List<Api> offices,
      Api province,
      Api council) {}

  private static Setting setting() throws Exception {
    if (setting != null) {
      return setting;
    }
    String suffix = Long.toString(System.nanoTime(), 36);
    Api admin = new Api("admin");
    long version = TestUnits.communeIndex(admin, "Bộ chỉ số thử đợt đánh giá " + suffix);

    long province = ProvinceRows.province("Tỉnh thử đợt đánh giá " + suffix);
    long communes = ProvinceRows.block(province, "Khối xã " + suffix, 1);
    long departments = ProvinceRows.block(province, "Khối sở " + suffix, 2);
    long department = TestUnits.unit(admin, "Sở Tư pháp thử " + suffix, "province-department");
    ProvinceRows.place(department, province, departments);
    List<Long> units = new java.util.ArrayList<>();
    List<Api> consolidators = new java.util.ArrayList<>();
    List<Api> offices = new java.util.ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      long unit = TestUnits.unit(admin, "UBND xã Thử " + i + " " + suffix, "commune");
      ProvinceRows.place(unit, province, communes);
      Api.json(
          admin.post(
              "units/" + unit + "/offices",
              "{\"code\": \"noi-vu\", \"name\": \"Văn phòng\", \"consolidating\": true}"));
      Api.json(
          admin.post(
              "units/" + unit + "/offices", "{\"code\": \"tu-phap\", \"name\": \"Tư pháp\"}"));
      units.add(unit);
      consolidators.add(
          TestAccounts.open(
              "cons" + i + "." + suffix,
              unit,
              "noi-vu",
              "\"OFFICE\", \"CONSOLIDATOR\"",
              null,
              PASSWORD));
      offices.add(
          TestAccounts.open(
              "off" + i + "." + suffix, unit, "tu-phap", "\"OFFICE\"", null, PASSWORD));
    }
    Api snv = TestAccounts.open("snv." + suffix, null, null, "\"PROVINCE\"", province, PASSWORD);
    Api council = TestAccounts.open("hd." + suffix, null, null, "\"COUNCIL\"", province, PASSWORD);
    setting =
        new Setting(
            suffix,
            version,
            province,
            communes,
            department,
            units,
            consolidators,
            offices,
            snv,
            council);
    return setting;
  }

  private static long campaign;
  private static final long[] ASSESSMENTS = new long[3];

  @Test
  @Order(1)
  void theProvinceSetsUpItsCampaignAndCreatesEveryCommunesAssessmentInBulk() throws Exception {
    Setting s = setting();
    // the third commune already has its assessment of the year: it joins rather than doubles
    HttpResponse<String> own =
        s.consolidators()
            .get(2)
            .post(
                "assessments",
                "{\"unit\": "
                    + s.units().get(2)
                    + ", \"year\": "
                    + YEAR
                    + ", \"version\": "
                    + s.version()
                    + ", \"deadline\": \""
                    + TODAY.plusDays(20)
                    + "\"}");
    assertEquals(201, own.statusCode(), own.body());
    ASSESSMENTS[2] = Api.id(own);

    HttpResponse<String> created =
        s.province()
            .post(
                "campaigns",
                "{\"province\": "
                    + s.provinceId()
                    + ", \"year\": "
                    + YEAR
                    + ", \"name\": \"Đợt đánh giá "
                    + YEAR
                    + "\", \"selfDeadline\": \""
                    + TODAY.plusDays(30)
                    + "\", \"submissionDeadline\": \""
                    + TODAY.plusDays(40)
                    + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    campaign = Api.id(created);
    HttpResponse<String> twice =
        s.province()
            .post(
                "campaigns",
                "{\"province\": "
                    + s.provinceId()
                    + ", \"year\": "
                    + YEAR
                    + ", \"name\": \"Lần hai\", \"selfDeadline\": \""
                    + TODAY.plusDays(30)
                    + "\", \"submissionDeadline\": \""
                    + TODAY.plusDays(40)
                    + "\"}");
    assertEquals(409, twice.statusCode(), twice.body());
    assertEquals(
        403,
        s.consolidators().get(0).get("campaigns/" + campaign).statusCode(),
        "a commune does not run the campaign");

    JsonObject withBlock =
        (JsonObject)
            Api.json(
                s.province()
                    .put(
                        "campaigns/" + campaign + "/blocks/" + s.communes(),
                        "{\"versionId\": " + s.version() + "}"));
    assertEquals(1, withBlock.getJsonArray("blocks").size());

    JsonObject bulk =
        (JsonObject) Api.json(s.province().post("campaigns/" + campaign + "/assessments", ""));
    assertEquals(2, bulk.getInt("created"), bulk.toString());
    assertEquals(1, bulk.getInt("joined"), bulk.toString());
    assertEquals(0, bulk.getJsonArray("skipped").size(), bulk.toString());
    JsonObject again =
        (JsonObject) Api.json(s.province().post("campaigns/" + campaign + "/assessments", ""));
    assertEquals(0, again.getInt("created"), again.toString());
    assertEquals(3, again.getInt("alreadyIn"), again.toString());

    Map<Long, Long> byUnit = campaignAssessments();
    assertEquals(3, byUnit.size());
    for (int i = 0; i < 3; i++) {
      ASSESSMENTS[i] = byUnit.get(s.units().get(i));
    }
    assertEquals(TODAY.plusDays(30), deadline(ASSESSMENTS[0]), "the campaign's deadline");

    JsonObject rounds =
        (JsonObject)
            Api.json(
                s.province()
                    .put(
                        "campaigns/" + campaign + "/rounds",
                        "[{\"appraisalUntil\": \""
                            + TODAY.plusDays(50)
                            + "\", \"explanationUntil\": \""
                            + TODAY.plusDays(55)
                            + "\"}, {\"appraisalUntil\": \""
                            + TODAY.plusDays(60)
                            + "\"}]"));
    assertEquals(2, rounds.getJsonArray("rounds").size());
    assertEquals("PLANNED", rounds.getJsonArray("rounds").getJsonObject(0).getString("status"));
    HttpResponse<String> backwards =
        s.province()
            .put(
                "campaigns/" + campaign + "/rounds",
                "[{\"appraisalUntil\": \"" + TODAY.plusDays(10) + "\"}]");
    assertEquals(400, backwards.statusCode(), backwards.body());

    JsonArray cells =
        (JsonArray)
            Api.json(
                s.province()
                    .put(
                        "campaigns/" + campaign + "/blocks/" + s.communes() + "/appraisers",
                        "[{\"node\": \"1\", \"department\": "
                            + s.department()
                            + "}, {\"node\": \"2.1\", \"department\": "
                            + s.department()
                            + "}]"));
    assertEquals(2, cells.size());
    JsonArray read =
        (JsonArray)
            Api.json(
                s.council()
                    .get("campaigns/" + campaign + "/blocks/" + s.communes() + "/appraisers"));
    assertEquals("1", read.getJsonObject(0).getString("node"));
    assertEquals("2.1", read.getJsonObject(1).getString("node"));
    HttpResponse<String> unknown =
        s.province()
            .put(
                "campaigns/" + campaign + "/blocks/" + s.communes() + "/appraisers",
                "[{\"node\": \"9\", \"department\": " + s.department() + "}]");
    assertEquals(400, unknown.statusCode(), unknown.body());
    assertEquals(
        2,
        ((JsonArray)
                Api.json(
                    s.province()
                        .get("campaigns/" + campaign + "/blocks/" + s.communes() + "/appraisers")))
            .size(),
        "a refused matrix changes nothing");
  }

  @Test
  @Order(2)
  void submittingWithUnscoredCriteriaIsRefusedWithTheirList() throws Exception {
    Setting s = setting();
    Api consolidator = s.consolidators().get(0);
    long a = ASSESSMENTS[0];
    openWithEverythingForTheOffice(consolidator, a);
    score(s.offices().get(0), a, "1.1", "{\"inputs\": {\"met\": true}}");

    HttpResponse<String> refused = consolidator.post("assessments/" + a + "/submission", "");

    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("\"code\":\"1.2\""), refused.body());
    assertTrue(refused.body().contains("\"code\":\"2.1\""), refused.body());
    assertFalse(refused.body().contains("\"code\":\"1.1\""), refused.body());
    assertFalse(refused.body().contains("\"code\":\"S\""), "the survey part aside");
    assertEquals(0, submissions(a));
  }

  @Test
  @Order(3)
  void aSubmissionFreezesTheSelfScoresUntilTheProvinceReturnsIt() throws Exception {
    Setting s = setting();
    Api consolidator = s.consolidators().get(0);
    Api office = s.offices().get(0);
    long a = ASSESSMENTS[0];
    score(office, a, "1.2", "{\"inputs\": {\"points\": 3}, \"explanation\": \"Có 1 sáng kiến\"}");
    score(office, a, "2.1", "{\"inputs\": {\"met\": true}}");

    HttpResponse<String> submitted = consolidator.post("assessments/" + a + "/submission", "");

    assertEquals(201, submitted.statusCode(), submitted.body());
    JsonObject submission = (JsonObject) Api.json(submitted);
    assertEquals("SUBMITTED", submission.getString("status"));
    assertFalse(submission.getBoolean("late"));
    Map<String, JsonObject> scores = byCode(submission.getJsonArray("scores"));
    assertEquals(3, scores.size(), submission.toString());
    assertEquals(0, new BigDecimal("3").compareTo(points(scores.get("1.2"))));
    assertEquals("Có 1 sáng kiến", scores.get("1.2").getString("explanation"));
    assertEquals(
        409, consolidator.post("assessments/" + a + "/submission", "").statusCode(), "twice");

    HttpResponse<String> save =
        office.put(
            "assessments/" + a + "/criteria/1.1/self-score", "{\"inputs\": {\"met\": false}}");
    assertEquals(409, save.statusCode(), save.body());
    assertTrue(save.body().contains("Sở Nội vụ"), save.body());
    assertEquals(0, new BigDecimal("5").compareTo(criterionPoints(office, a, "1.1")));
    HttpResponse<String> survey =
        consolidator.put("assessments/" + a + "/survey/S", "{\"points\": 5}");
    assertEquals(409, survey.statusCode(), survey.body());
    HttpResponse<String> deadline =
        consolidator.put(
            "assessments/" + a + "/deadline", "{\"deadline\": \"" + TODAY.plusDays(33) + "\"}");
    assertEquals(409, deadline.statusCode(), deadline.body());
    assertEquals(TODAY.plusDays(30), deadline(a));

    assertEquals(
        403,
        consolidator
            .post("assessments/" + a + "/submission/return", "{\"reason\": \"Tự trả\"}")
            .statusCode(),
        "a unit does not return its own submission");
    HttpResponse<String> noReason =
        s.province().post("assessments/" + a + "/submission/return", "{\"reason\": \" \"}");
    assertEquals(400, noReason.statusCode(), noReason.body());
    JsonObject returned =
        (JsonObject)
            Api.json(
                s.province()
                    .post(
                        "assessments/" + a + "/submission/return",
                        "{\"reason\": \"Tiêu chí 1.1 thiếu tài liệu kiểm chứng\"}"));
    assertEquals("RETURNED", returned.getString("status"));
    assertEquals("Tiêu chí 1.1 thiếu tài liệu kiểm chứng", returned.getString("returnReason"));

    score(office, a, "1.1", "{\"inputs\": {\"met\": false}}");
    long scan =
        Api.id(
            office.uploadFile(
                "evidence?assessment="
                    + a
                    + "&number=1%2FBC-UBND&date="
                    + TODAY
                    + "&issuer=UBND&summary=Bao-cao-ky",
                "bao-cao-ky.pdf",
                SamplePdf.pdf("Bao cao tu danh gia da ky")));
    JsonObject again =
        (JsonObject) Api.json(consolidator.post("assessments/" + a + "/submission", ""));
    assertEquals("SUBMITTED", again.getString("status"));
    assertEquals(0, points(byCode(again.getJsonArray("scores")).get("1.1")).signum());
    JsonObject signed =
        (JsonObject)
            Api.json(
                consolidator.put(
                    "assessments/" + a + "/submission/signed-report",
                    "{\"evidenceId\": " + scan + "}"));
    assertEquals(scan, signed.getJsonNumber("signedReportId").longValue());
    assertEquals(1, submissions(a));
    assertEquals(
        List.of(
            "null → SUBMITTED",
            "SUBMITTED → RETURNED: Tiêu chí 1.1 thiếu tài liệu kiểm chứng",
            "RETURNED → SUBMITTED"),
        submissionHistory(a).subList(0, 3));
  }

  @Test
  @Order(4)
  void anotherCommunesConsolidatorDoesNotSeeTheSubmissionAndTheProvinceDoes() throws Exception {
    Setting s = setting();
    long a = ASSESSMENTS[0];
    assertEquals(
        404, s.consolidators().get(1).get("assessments/" + a + "/submission").statusCode());
    assertEquals(
        404,
        s.consolidators()
            .get(1)
            .post("assessments/" + ASSESSMENTS[0] + "/submission", "")
            .statusCode());
    assertEquals(
        403,
        s.offices().get(0).get("assessments/" + a + "/submission").statusCode(),
        "an office reads its own criteria, not the unit's submission");
    assertEquals(200, s.council().get("assessments/" + a + "/submission").statusCode());
    assertEquals(200, s.province().get("assessments/" + a + "/submission").statusCode());
    assertEquals(
        403,
        s.council()
            .post("assessments/" + a + "/submission/return", "{\"reason\": \"Hội đồng\"}")
            .statusCode(),
        "the council reads, the Sở Nội vụ returns");
  }

  @Test
  @Order(5)
  void theOverviewShowsWhoSubmittedWhoIsLateAndWhoHasNot() throws Exception {
    Setting s = setting();
    JsonObject before =
        (JsonObject) Api.json(s.council().get("campaigns/" + campaign + "/submissions"));
    JsonObject block = before.getJsonArray("blocks").getJsonObject(0);
    assertEquals(1, block.getInt("submitted"), block.toString());
    assertEquals(0, block.getInt("late"), block.toString());
    assertEquals(2, block.getInt("notSubmitted"), block.toString());
    assertEquals("SUBMITTED", state(block, s.units().get(0)).getString("state"));
    assertEquals("NOT_SUBMITTED", state(block, s.units().get(1)).getString("state"));
    assertEquals(
        403, s.consolidators().get(0).get("campaigns/" + campaign + "/submissions").statusCode());

    // the deadlines pass: the two communes that have not submitted are late
    Api.json(
        s.province()
            .put(
                "campaigns/" + campaign,
                "{\"selfDeadline\": \""
                    + TODAY.minusDays(10)
                    + "\", \"submissionDeadline\": \""
                    + TODAY.minusDays(5)
                    + "\"}"));
    JsonObject after =
        (JsonObject) Api.json(s.province().get("campaigns/" + campaign + "/submissions"));
    JsonObject late = after.getJsonArray("blocks").getJsonObject(0);
    assertEquals(1, late.getInt("submitted"), late.toString());
    assertEquals(2, late.getInt("late"), late.toString());
    assertEquals(0, late.getInt("notSubmitted"), late.toString());
    JsonObject first = state(late, s.units().get(0));
    assertEquals("SUBMITTED", first.getString("state"));
    assertFalse(first.getBoolean("late"), "submitted before the deadline");
    assertFalse(first.isNull("submittedAt"));
    assertEquals("LATE", state(late, s.units().get(2)).getString("state"));
  }

  @Test
  @Order(6)
  void theProvinceExtendsAUnitsExplanationWindowAndRunsTheRounds() throws Exception {
    Setting s = setting();
    long a = ASSESSMENTS[0];
    HttpResponse<String> noReason =
        s.province()
            .post(
                "assessments/" + a + "/explanation-extensions",
                "{\"round\": 1, \"until\": \"" + TODAY.plusDays(70) + "\"}");
    assertEquals(400, noReason.statusCode(), noReason.body());
    HttpResponse<String> granted =
        s.province()
            .post(
                "assessments/" + a + "/explanation-extensions",
                "{\"round\": 1, \"until\": \""
                    + TODAY.plusDays(70)
                    + "\", \"reason\": \"Xã bị lũ lụt\"}");
    assertEquals(201, granted.statusCode(), granted.body());
    assertEquals("Xã bị lũ lụt", ((JsonObject) Api.json(granted)).getString("reason"));

    JsonObject opened =
        (JsonObject) Api.json(s.province().post("campaigns/" + campaign + "/rounds/1/open", ""));
    assertEquals("OPEN", opened.getJsonArray("rounds").getJsonObject(0).getString("status"));
    assertTrue(opened.getBoolean("appraisalStarted"));
    HttpResponse<String> tooLate =
        s.province()
            .post("assessments/" + a + "/submission/return", "{\"reason\": \"Sau khi bắt đầu\"}");
    assertEquals(400, tooLate.statusCode(), "no return once appraisal has started");
    assertEquals(
        400,
        s.province().post("campaigns/" + campaign + "/rounds/2/open", "").statusCode(),
        "round 1 is not over");
    JsonObject closed =
        (JsonObject) Api.json(s.province().post("campaigns/" + campaign + "/rounds/1/close", ""));
    assertEquals("CLOSED", closed.getJsonArray("rounds").getJsonObject(0).getString("status"));
    assertEquals(
        400,
        s.consolidators()
            .get(1)
            .post("assessments/" + ASSESSMENTS[1] + "/submission", "")
            .statusCode(),
        "no submission once the first round is over");
  }

  private static void openWithEverythingForTheOffice(Api consolidator, long a) throws Exception {
    for (String area : List.of("1", "2")) {
      Api.json(consolidator.put("assignments/" + a + "/areas/" + area + "/tu-phap", ""));
    }
    Api.json(consolidator.post("assessments/" + a + "/open", ""));
  }

  private static void score(Api office, long a, String code, String json) throws Exception {
    HttpResponse<String> saved =
        office.put("assessments/" + a + "/criteria/" + code + "/self-score", json);
    assertEquals(200, saved.statusCode(), saved.body());
  }

  private static BigDecimal criterionPoints(Api office, long a, String code) throws Exception {
    return ((JsonArray) Api.json(office.get("assessments/" + a + "/criteria")))
        .getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("code").equals(code))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("points")
            .bigDecimalValue();
  }

  private static Map<String, JsonObject> byCode(JsonArray scores) {
    return scores.getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(o -> o.getString("code"), o -> o));
  }

  private static BigDecimal points(JsonObject score) {
    return score.getJsonNumber("points").bigDecimalValue();
  }

  private static JsonObject state(JsonObject block, long unit) {
    return block.getJsonArray("units").getValuesAs(JsonObject.class).stream()
        .filter(u -> u.getJsonNumber("unitId").longValue() == unit)
        .findFirst()
        .orElseThrow();
  }

  private static Map<Long, Long> campaignAssessments() throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement("select unit_id, id from assessment where campaign_id = ?")) {
      ps.setLong(1, campaign);
      Map<Long, Long> byUnit = new java.util.HashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          byUnit.put(rs.getLong(1), rs.getLong(2));
        }
      }
      return byUnit;
    }
  }

  private static LocalDate deadline(long assessment) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement("select deadline from assessment where id = ?")) {
      ps.setLong(1, assessment);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getObject(1, LocalDate.class);
      }
    }
  }

  private static long submissions(long assessment) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement("select count(*) from submission where assessment_id = ?")) {
      ps.setLong(1, assessment);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** The submission steps of the history, "old → new: reason", oldest first. */
  private static List<String> submissionHistory(long assessment) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "select old_value, new_value, reason from change_record"
                    + " where assessment_id = ? and kind = 'SUBMISSION' order by id")) {
      ps.setLong(1, assessment);
      List<String> steps = new java.util.ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          steps.add(
              rs.getString(1)
                  + " → "
                  + rs.getString(2)
                  + (rs.getString(3) == null ? "" : ": " + rs.getString(3)));
        }
      }
      return steps;
    }
  }
}
