package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The workflow the An Lão directive sets in motion: an office submits its criteria to Phòng Nội vụ,
 * which accepts or returns them; nothing changes after the deadline unless it was extended.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubmissionReviewIT {

  private final Api office = new Api("tuphap");
  private final JusticeOffice justice = new JusticeOffice();
  private final Api consolidator = new Api("noivu");

  @Test
  void submissionIsRefusedWithTheProblemsListedThenReviewedCriterionByCriterion() throws Exception {
    try {
      assertEquals(
          200,
          office.selfScore("2.2.1", "{\"inputs\": {\"timeliness\": \"ON_TIME\"}}").statusCode());

      HttpResponse<String> refused = office.post("assessments/1/submit", "");

      assertEquals(400, refused.statusCode(), refused.body());
      assertTrue(refused.body().contains("\"code\":\"2.2.1\""), refused.body());
      assertTrue(
          refused.body().contains("chưa có tài liệu kiểm chứng hoặc giải trình"), refused.body());
      assertTrue(
          justice.statuses().values().stream().noneMatch("SUBMITTED"::equals),
          "nothing was submitted");

      justice.scoreEverythingWithExplanations();
      assertEquals(204, office.post("assessments/1/submit", "").statusCode());
      assertEquals(List.of("SUBMITTED"), justice.statuses().values().stream().distinct().toList());
      HttpResponse<String> locked =
          office.selfScore("2.1", "{\"inputs\": {\"achieved\": 1, \"total\": 1}}");
      assertEquals(400, locked.statusCode());
      assertTrue(locked.body().contains("đã gửi"), locked.body());

      assertEquals(403, office.post("assessments/1/review/2.1/tu-phap/accept", "").statusCode());
      assertEquals(
          204, consolidator.post("assessments/1/review/2.1/tu-phap/accept", "").statusCode());
      assertEquals(
          400,
          consolidator
              .post("assessments/1/review/2.3/tu-phap/return", "{\"text\": \"\"}")
              .statusCode());
      assertEquals(
          204,
          consolidator
              .post(
                  "assessments/1/review/2.3/tu-phap/return",
                  "{\"text\": \"Bổ sung văn bản xử lý số 12\"}")
              .statusCode());

      Map<String, String> status = justice.statuses();
      assertEquals("ACCEPTED", status.get("2.1"));
      assertEquals("RETURNED", status.get("2.3"));
      assertEquals("SUBMITTED", status.get("2.2.2"));
      assertTrue(criterion("2.3").getString("reviewNote").contains("Bổ sung"));
      assertEquals(
          200,
          office
              .selfScore(
                  "2.3",
                  "{\"inputs\": {\"achieved\": 4, \"total\": 4}, \"explanation\": \"Đã bổ sung\"}")
              .statusCode());
      assertEquals("DRAFT", justice.statuses().get("2.3"));
      assertEquals(
          400, office.selfScore("2.2.2", "{\"inputs\": {\"timeliness\": \"LATE\"}}").statusCode());
      JsonArray progress = (JsonArray) Api.json(consolidator.get("assessments/1/progress"));
      JsonObject justice = office(progress, "tu-phap");
      assertEquals(1, justice.getInt("accepted"));
      assertEquals(1, justice.getInt("draft"));
      assertEquals(3, justice.getInt("submitted"));
    } finally {
      justice.reopenEverything();
    }
  }

  @Test
  void afterTheDeadlineOnlyAnOfficeWithAnExtensionMayChangeItsScores() throws Exception {
    try {
      assertEquals(
          204,
          consolidator
              .put("assessments/1/deadline", deadline(Vietnam.today().minusDays(1)))
              .statusCode());

      HttpResponse<String> late =
          office.selfScore(
              "2.1", "{\"inputs\": {\"achieved\": 9, \"total\": 10}, \"explanation\": \"x\"}");
      assertEquals(400, late.statusCode(), late.body());
      assertTrue(late.body().contains("hết hạn"), late.body());

      String extension =
          "{\"office\": \"tu-phap\", \"until\": \""
              + Vietnam.today().plusDays(3)
              + "\", \"reason\": \"Chờ số liệu quý IV\"}";
      assertEquals(201, consolidator.post("assessments/1/extensions", extension).statusCode());
      assertEquals(
          400,
          consolidator
              .post("assessments/1/extensions", extension.replace("Chờ số liệu quý IV", ""))
              .statusCode());

      assertEquals(
          200,
          office
              .selfScore(
                  "2.1", "{\"inputs\": {\"achieved\": 9, \"total\": 10}, \"explanation\": \"x\"}")
              .statusCode());
      assertEquals(
          400, new Api("vhtt").selfScore("7.1", "{\"inputs\": {\"met\": true}}").statusCode());
      JsonObject justice =
          office((JsonArray) Api.json(consolidator.get("assessments/1/progress")), "tu-phap");
      assertEquals(Vietnam.today().plusDays(3).toString(), justice.getString("extendedUntil"));
    } finally {
      consolidator.put("assessments/1/deadline", deadline(Vietnam.today().plusDays(30)));
    }
  }

  private JsonObject criterion(String code) throws Exception {
    return ((JsonArray) Api.json(office.get("assessments/1/criteria")))
        .getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("code").equals(code))
            .findFirst()
            .orElseThrow();
  }

  private static JsonObject office(JsonArray progress, String code) {
    return progress.getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("officeCode").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static String deadline(LocalDate date) {
    return "{\"deadline\": \"" + date + "\"}";
  }
}
