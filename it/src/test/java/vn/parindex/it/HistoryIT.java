package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every change is kept with who, when, old and new value; two people saving at once lose nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HistoryIT {
  private final Api office = new Api("vanphong");

  @Test
  void theSecondOfTwoConcurrentSavesIsToldAndNothingIsOverwritten() throws Exception {
    assertEquals(
        200, office.selfScore("3.3", "{\"inputs\": {\"achieved\": 1, \"total\": 2}}").statusCode());
    long version = criterion("3.3").getJsonNumber("version").longValue();

    HttpResponse<String> first =
        office.selfScore(
            "3.3", "{\"inputs\": {\"achieved\": 3, \"total\": 4}, \"version\": " + version + "}");
    HttpResponse<String> second =
        new Api("vanphong")
            .selfScore(
                "3.3",
                "{\"inputs\": {\"achieved\": 4, \"total\": 4}, \"version\": " + version + "}");

    assertEquals(200, first.statusCode(), first.body());
    assertEquals(409, second.statusCode(), second.body());
    assertTrue(second.body().contains("vừa được người khác cập nhật"), second.body());
    assertEquals(
        0,
        new BigDecimal("1.13")
            .compareTo(TestDatabase.selfScore("van-phong", "3.3").orElseThrow().points()),
        "the first save stands: 1.5 × 3/4");
  }

  @Test
  void theHistoryOfACriterionRecordsEveryChangeWithWhoAndWhen() throws Exception {
    assertEquals(200, office.selfScore("3.1", "{\"inputs\": {\"met\": true}}").statusCode());
    assertEquals(
        200,
        office
            .selfScore(
                "3.1", "{\"inputs\": {\"met\": false}, \"explanation\": \"Chưa rà soát đủ\"}")
            .statusCode());

    List<JsonObject> history =
        ((JsonArray) Api.json(office.get("assessments/1/criteria/3.1/history")))
            .getValuesAs(JsonObject.class);
    List<JsonObject> scores =
        history.stream().filter(h -> h.getString("kind").equals("SCORE")).toList();

    assertTrue(scores.size() >= 2, history.toString());
    JsonObject last = scores.get(scores.size() - 1);
    assertEquals("1.50; met=true", last.getString("oldValue"));
    assertEquals("0.00; met=false | Chưa rà soát đủ", last.getString("newValue"));
    assertEquals("vanphong", last.getString("changedBy"));
    assertTrue(last.containsKey("changedAt"));
    assertTrue(
        history.stream()
            .anyMatch(
                h ->
                    h.getString("kind").equals("STATUS")
                        && h.getString("newValue").equals("DRAFT")),
        history.toString());
    JsonArray seenByConsolidator =
        (JsonArray)
            Api.json(new Api("noivu").get("assessments/1/criteria/3.1/history?office=van-phong"));
    assertEquals(history.size(), seenByConsolidator.size());
    assertEquals(403, new Api("tuphap").get("assessments/1/criteria/3.1/history").statusCode());
  }

  private JsonObject criterion(String code) throws Exception {
    return ((JsonArray) Api.json(office.get("assessments/1/criteria")))
        .getValuesAs(JsonObject.class).stream()
            .filter(c -> c.getString("code").equals(code))
            .findFirst()
            .orElseThrow();
  }
}
