package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard's JSON against the real EAR: the leader reads the same figures as the consolidation
 * and the review progress, a fresh change is among the last ones, and an office is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardApiIT {

  @Test
  void theLeaderSeesTheConsolidationsAreasTheReviewProgressAndTheDaysLeft() throws Exception {
    JsonObject dashboard = (JsonObject) Api.json(new Api("lanhdao").get("assessments/1/dashboard"));
    JsonObject consolidation =
        (JsonObject) Api.json(new Api("noivu").get("assessments/1/consolidation"));
    JsonArray progress = (JsonArray) Api.json(new Api("noivu").get("assessments/1/progress"));

    assertEquals(1, dashboard.getInt("assessmentId"));
    assertEquals(consolidation.getJsonArray("areas"), dashboard.getJsonArray("areas"));
    assertEquals(consolidation.getJsonObject("totals"), dashboard.getJsonObject("totals"));
    assertEquals(consolidation.getBoolean("provisional"), dashboard.getBoolean("provisional"));
    assertEquals(progress, dashboard.getJsonArray("offices"));
    assertEquals(5, dashboard.getJsonArray("offices").size(), "the five offices of the demo");
    LocalDate deadline = LocalDate.parse(dashboard.getString("deadline"));
    assertEquals(
        ChronoUnit.DAYS.between(Vietnam.today(), deadline),
        dashboard.getJsonNumber("daysLeft").longValue());
    long submitted =
        progress.getValuesAs(JsonObject.class).stream()
            .filter(o -> o.getInt("notStarted") + o.getInt("draft") + o.getInt("returned") == 0)
            .count();
    assertEquals(submitted, dashboard.getInt("officesSubmitted"));
  }

  @Test
  void aSelfScoreJustSavedIsAmongTheLastChanges() throws Exception {
    List<Map<String, Object>> before = TestDatabase.selfScoreRows("2.3");
    try {
      HttpResponse<String> saved =
          new Api("tuphap")
              .selfScore(
                  "2.3",
                  "{\"inputs\": {\"achieved\": 1, \"total\": 4}, \"explanation\": \"Bảng điều khiển\"}");
      assertEquals(200, saved.statusCode(), saved.body());

      JsonObject dashboard =
          (JsonObject) Api.json(new Api("lanhdao").get("assessments/1/dashboard"));
      JsonArray changes = dashboard.getJsonArray("recentChanges");
      assertTrue(changes.size() <= 10, changes.toString());
      JsonObject score =
          changes.getValuesAs(JsonObject.class).stream()
              .filter(c -> "SCORE".equals(c.getString("kind")))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no score change in " + changes));
      assertEquals("2.3", score.getString("criterionCode"));
      assertEquals("tu-phap", score.getString("officeCode"));
      assertEquals("tuphap", score.getString("changedBy"));
      assertTrue(score.getString("newValue").contains("0.25"), score.toString());
      JsonObject latest = changes.getJsonObject(0);
      assertEquals("tuphap", latest.getString("changedBy"), "the newest change comes first");
    } finally {
      TestDatabase.restoreSelfScores(before, "2.3");
    }
  }

  @Test
  void theUnitsOfTheYearStandSideBySideWithTheirTotals() throws Exception {
    JsonArray units = (JsonArray) Api.json(new Api("lanhdao").get("dashboard/units?year=2023"));
    JsonObject consolidation =
        (JsonObject) Api.json(new Api("noivu").get("assessments/1/consolidation"));

    assertEquals(1, units.size(), units.toString());
    JsonObject unit = units.getJsonObject(0);
    assertEquals(1, unit.getInt("assessmentId"));
    assertEquals(consolidation.getString("unitName"), unit.getString("unitName"));
    JsonObject totals = consolidation.getJsonObject("totals");
    assertEquals(
        0,
        ConsolidationIT.decimal(totals, "grandTotal")
            .compareTo(ConsolidationIT.decimal(unit, "grandTotal")));
    assertEquals(
        0,
        ConsolidationIT.decimal(totals, "totalMax")
            .compareTo(ConsolidationIT.decimal(unit, "totalMax")));
    assertEquals(consolidation.get("band"), unit.get("band"));
    assertTrue(
        ((JsonArray) Api.json(new Api("admin").get("dashboard/units?year=1999"))).isEmpty(),
        "no assessment that year");
    HttpResponse<String> noYear = new Api("lanhdao").get("dashboard/units");
    assertEquals(400, noYear.statusCode(), noYear.body());
    assertTrue(noYear.body().contains("\"field\":\"year\""), noYear.body());
  }

  @Test
  void anOfficeGetsForbiddenAndAnUnknownAssessmentIsNotFound() throws Exception {
    HttpResponse<String> office = new Api("tuphap").get("assessments/1/dashboard");
    HttpResponse<String> units = new Api("tuphap").get("dashboard/units?year=2023");
    HttpResponse<String> unknown = new Api("admin").get("assessments/999/dashboard");

    assertEquals(403, office.statusCode(), office.body());
    assertFalse(office.body().contains("areas"), office.body());
    assertEquals(403, units.statusCode(), units.body());
    assertEquals(404, unknown.statusCode(), unknown.body());
    assertEquals(
        JsonValue.ValueType.OBJECT,
        Api.json(new Api("admin").get("assessments/1/dashboard")).getValueType(),
        "an administrator sees every unit");
  }
}
