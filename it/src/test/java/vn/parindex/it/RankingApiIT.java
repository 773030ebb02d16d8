package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ranking of units through the API of the real EAR against PostgreSQL: its totals agree with
 * the consolidation of the same assessment, and only leaders and administrators may read it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RankingApiIT {

  @Test
  void theDemoUnitIsRankedWithTheGrandTotalOfItsConsolidation() throws Exception {
    JsonObject consolidation =
        Api.json(new Api("noivu").get("assessments/1/consolidation")).asJsonObject();
    int year = consolidation.getInt("year");

    HttpResponse<String> response = new Api("lanhdao").get("rankings?year=" + year);

    assertEquals(200, response.statusCode(), response.body());
    JsonArray ranking = Api.json(response).asJsonArray();
    JsonObject demo =
        ranking.getValuesAs(JsonObject.class).stream()
            .filter(u -> u.getJsonNumber("assessmentId").longValue() == 1)
            .findFirst()
            .orElseThrow();
    assertEquals(
        consolidation.getJsonObject("totals").getJsonNumber("grandTotal").bigDecimalValue(),
        demo.getJsonNumber("grandTotal").bigDecimalValue());
    assertEquals(consolidation.getString("unitName"), demo.getString("unitName"));
    assertEquals(consolidation.getBoolean("provisional"), demo.getBoolean("provisional"));
    assertTrue(demo.getInt("rank") >= 1);
    for (int i = 1; i < ranking.size(); i++) {
      assertTrue(
          ranking
                  .getJsonObject(i - 1)
                  .getJsonNumber("grandTotal")
                  .bigDecimalValue()
                  .compareTo(ranking.getJsonObject(i).getJsonNumber("grandTotal").bigDecimalValue())
              >= 0,
          "ranked by grand total, highest first");
    }
  }

  @Test
  void anOfficeMayNotReadTheRanking() throws Exception {
    HttpResponse<String> response = new Api("tuphap").get("rankings?year=2023");

    assertEquals(403, response.statusCode(), response.body());
  }

  @Test
  void aRankingWithoutItsYearIsRefusedWithATranslatedMessage() throws Exception {
    HttpResponse<String> vi = new Api("admin").get("rankings");
    HttpResponse<String> en = new Api("admin").inEnglish().get("rankings");

    assertEquals(400, vi.statusCode(), vi.body());
    assertTrue(vi.body().contains("Vui lòng cho biết năm"), vi.body());
    assertTrue(en.body().contains("Please give the assessment year"), en.body());
  }
}
