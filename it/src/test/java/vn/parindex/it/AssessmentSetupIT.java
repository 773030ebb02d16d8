package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consolidating office creates an assessment for another year of the demo unit, with the demo
 * index (its year need not match), cannot open it while criteria are assigned to nobody, assigns
 * them area by area, and opens it; offices change nothing before that. Every assessment created
 * here is deleted afterwards, so the other tests see the demo assessment alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentSetupIT {
  private static final String GUIDANCE =
      "{\"number\": \"1847/HD-SNV\", \"date\": \"2023-10-13\", \"issuer\": \"Sở Nội vụ tỉnh Bình Định\"}";

  private final Api consolidator = new Api("noivu");
  private final Api office = new Api("tuphap");

  @Test
  void anAssessmentIsPreparedThenOpenedOnceEveryCriterionIsAssigned() throws Exception {
    JsonObject demo = demoAssessment();
    long id = 0;
    try {
      HttpResponse<String> created = consolidator.post("assessments", setup(demo, 2024));
      assertEquals(201, created.statusCode(), created.body());
      JsonObject assessment = (JsonObject) Api.json(created);
      id = assessment.getJsonNumber("id").longValue();
      assertTrue(
          created
              .headers()
              .firstValue("Location")
              .orElseThrow()
              .endsWith("/api/assessments/" + id));
      assertEquals("PREPARING", assessment.getString("status"));
      assertEquals(2024, assessment.getInt("year"));
      assertEquals(demo.getJsonNumber("versionId"), assessment.getJsonNumber("versionId"));
      assertEquals("1847/HD-SNV", assessment.getJsonObject("guidance").getString("number"));
      assertTrue(
          !assessment.containsKey("directive") || assessment.isNull("directive"),
          "no directive yet: " + assessment);

      HttpResponse<String> twice = consolidator.post("assessments", setup(demo, 2024));
      assertEquals(400, twice.statusCode(), twice.body());
      assertTrue(twice.body().contains("đã có đợt tự đánh giá năm 2024"), twice.body());
      assertTrue(twice.body().contains("\"field\":\"year\""), twice.body());

      JsonObject matrix = (JsonObject) Api.json(consolidator.get("assignments/" + id));
      List<String> criteria =
          matrix.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
              .map(r -> r.getString("code"))
              .toList();
      assertFalse(criteria.isEmpty());
      assertEquals(criteria, strings(matrix.getJsonArray("unassigned")));
      HttpResponse<String> refused = consolidator.post("assessments/" + id + "/open", "");
      assertEquals(400, refused.statusCode(), refused.body());
      assertTrue(refused.body().contains("chưa được phân công"), refused.body());
      assertEquals(criteria, problemCodes(refused));

      assertEquals(200, consolidator.put("assignments/" + id + "/2.1/tu-phap", "").statusCode());
      HttpResponse<String> early =
          office.put(
              "assessments/" + id + "/criteria/2.1/self-score",
              "{\"inputs\": {\"achieved\": 1, \"total\": 1}}");
      assertEquals(400, early.statusCode(), early.body());
      assertTrue(early.body().contains("chưa mở"), early.body());
      HttpResponse<String> earlyEnglish =
          new Api("tuphap").inEnglish().post("assessments/" + id + "/submit", "");
      assertEquals(400, earlyEnglish.statusCode(), earlyEnglish.body());
      assertTrue(earlyEnglish.body().contains("not open yet"), earlyEnglish.body());

      Set<String> areas = new LinkedHashSet<>();
      matrix.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
          .forEach(r -> areas.add(r.getString("areaCode")));
      for (String area : areas) {
        String holder = area.equals("2") ? "tu-phap" : "noi-vu";
        HttpResponse<String> bulk =
            consolidator.put("assignments/" + id + "/areas/" + area + "/" + holder, "");
        assertEquals(200, bulk.statusCode(), bulk.body());
      }
      assertEquals(
          200, consolidator.put("assignments/" + id + "/2.1/van-hoa-thong-tin", "").statusCode());
      assertEquals(
          200, consolidator.delete("assignments/" + id + "/2.1/van-hoa-thong-tin").statusCode());
      assertTrue(
          ((JsonObject) Api.json(consolidator.get("assignments/" + id))).getBoolean("complete"));

      List<JsonObject> history =
          ((JsonArray) Api.json(consolidator.get("assessments/" + id + "/criteria/2.1/history")))
              .getValuesAs(JsonObject.class).stream()
                  .filter(h -> h.getString("kind").equals("ASSIGNMENT"))
                  .toList();
      assertEquals(3, history.size(), history.toString());
      assertEquals("2.1: Phòng Tư pháp (chủ trì)", history.get(0).getString("newValue"));
      assertEquals("noivu", history.get(0).getString("changedBy"));
      assertTrue(history.get(0).containsKey("changedAt"));
      assertEquals("2.1: Phòng Tư pháp (chủ trì)", history.get(1).getString("oldValue"));
      assertEquals(
          "2.1: Phòng Tư pháp (chủ trì), Phòng Văn hóa – Thông tin (phối hợp)",
          history.get(1).getString("newValue"));
      assertEquals("2.1: Phòng Tư pháp (chủ trì)", history.get(2).getString("newValue"));

      HttpResponse<String> opened = consolidator.post("assessments/" + id + "/open", "");
      assertEquals(200, opened.statusCode(), opened.body());
      assertEquals("OPEN", ((JsonObject) Api.json(opened)).getString("status"));
      HttpResponse<String> again = consolidator.post("assessments/" + id + "/open", "");
      assertEquals(400, again.statusCode(), again.body());
      assertTrue(again.body().contains("đã được mở"), again.body());

      HttpResponse<String> described =
          consolidator.put(
              "assessments/" + id + "/setup",
              "{\"deadline\": \"2025-01-15\", \"directive\": {\"number\": \"2024/UBND-NV\","
                  + " \"date\": \"2024-02-05\", \"issuer\": \"UBND huyện An Lão\"},"
                  + " \"guidance\": "
                  + GUIDANCE
                  + "}");
      JsonObject after = (JsonObject) Api.json(described);
      assertEquals("2024/UBND-NV", after.getJsonObject("directive").getString("number"));
      assertEquals("2025-01-15", after.getString("deadline"));
      HttpResponse<String> partial =
          consolidator.put(
              "assessments/" + id + "/setup",
              "{\"deadline\": \"2025-01-15\", \"directive\": {\"number\": \"2024/UBND-NV\"}}");
      assertEquals(400, partial.statusCode(), partial.body());
      assertTrue(partial.body().contains("\"field\":\"directiveDate\""), partial.body());
      JsonObject listed =
          ((JsonArray) Api.json(consolidator.get("assessments")))
              .getValuesAs(JsonObject.class).stream()
                  .filter(a -> a.getJsonNumber("id").equals(assessment.getJsonNumber("id")))
                  .findFirst()
                  .orElseThrow();
      assertEquals("OPEN", listed.getString("status"));
      assertEquals("2024/UBND-NV", listed.getJsonObject("directive").getString("number"));
      assertEquals(
          List.of("PREPARING → OPEN"), TestDatabase.assessmentChanges(id, "ASSESSMENT", "OPEN"));
    } finally {
      if (id > 0) {
        TestDatabase.deleteAssessment(id);
      }
    }
  }

  @Test
  void onlyTheConsolidatorOrAnAdministratorSetsUpAndTheInputIsChecked() throws Exception {
    JsonObject demo = demoAssessment();
    String before = consolidator.get("assessments").body();

    assertEquals(403, office.post("assessments", setup(demo, 2031)).statusCode());
    assertEquals(403, office.post("assessments/1/open", "").statusCode());
    HttpResponse<String> noDeadline =
        consolidator.post("assessments", setup(demo, 2031).replace("\"deadline\"", "\"x\""));
    assertEquals(400, noDeadline.statusCode(), noDeadline.body());
    assertTrue(noDeadline.body().contains("\"field\":\"deadline\""), noDeadline.body());
    HttpResponse<String> badYear = consolidator.post("assessments", setup(demo, 1890));
    assertEquals(400, badYear.statusCode(), badYear.body());
    HttpResponse<String> unknownVersion =
        consolidator.post(
            "assessments",
            setup(demo, 2031)
                .replace("\"version\": " + demo.getJsonNumber("versionId"), "\"version\": 999999"));
    assertEquals(404, unknownVersion.statusCode(), unknownVersion.body());
    HttpResponse<String> demoAgain = consolidator.post("assessments/1/open", "");
    assertEquals(400, demoAgain.statusCode(), demoAgain.body());

    assertEquals(before, consolidator.get("assessments").body(), "nothing was created");
  }

  /** The demo assessment as the list shows it: unit, version, status. */
  private JsonObject demoAssessment() throws Exception {
    JsonObject demo =
        ((JsonArray) Api.json(consolidator.get("assessments")))
            .getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("id").longValue() == 1)
                .findFirst()
                .orElseThrow();
    assertEquals("OPEN", demo.getString("status"), "the demo assessment is under way");
    return demo;
  }

  private static String setup(JsonObject demo, int year) {
    return "{\"unit\": "
        + demo.getJsonNumber("unitId")
        + ", \"year\": "
        + year
        + ", \"version\": "
        + demo.getJsonNumber("versionId")
        + ", \"deadline\": \""
        + year
        + "-11-25\", \"guidance\": "
        + GUIDANCE
        + "}";
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
  }

  private static List<String> problemCodes(HttpResponse<String> response) throws Exception {
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
      return reader.readObject().getJsonArray("problems").getValuesAs(JsonObject.class).stream()
          .map(p -> p.getString("code"))
          .toList();
    }
  }
}
