package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phòng Tư pháp's five criteria in the demo assessment, as the workflow tests drive them through
 * the API: scored so that a submission passes, and reopened afterwards by the consolidator so that
 * the other tests find them editable again.
 */
final class JusticeOffice {
  static final List<String> CRITERIA = List.of("2.1", "2.2.1", "2.2.2", "2.3", "2.4");

  private static final Map<String, String> COMPLETE_INPUTS =
      Map.of(
          "2.1", "{\"achieved\": 10, \"total\": 10}",
          "2.2.1", "{\"timeliness\": \"ON_TIME\"}",
          "2.2.2", "{\"timeliness\": \"ON_TIME\"}",
          "2.3", "{\"achieved\": 3, \"total\": 4}",
          "2.4", "{\"met\": true}");

  private final Api office = new Api("tuphap");
  private final Api consolidator = new Api("noivu");

  /** Every criterion scored, each with an explanation: nothing stands in the way of submitting. */
  void scoreEverythingWithExplanations() throws Exception {
    for (String code : CRITERIA) {
      HttpResponse<String> saved =
          office.selfScore(
              code,
              "{\"inputs\": "
                  + COMPLETE_INPUTS.get(code)
                  + ", \"explanation\": \"Có văn bản kèm theo\"}");
      assertEquals(200, saved.statusCode(), saved.body());
    }
  }

  /** Leaves the office's criteria editable for the other tests, as a consolidator would. */
  void reopenEverything() throws Exception {
    for (Map.Entry<String, String> entry : statuses().entrySet()) {
      if (entry.getValue().equals("SUBMITTED") || entry.getValue().equals("ACCEPTED")) {
        consolidator.post(
            "assessments/1/review/" + entry.getKey() + "/tu-phap/reopen",
            "{\"text\": \"Kết thúc kiểm thử\"}");
      }
    }
  }

  /** The status of each of the office's criteria, by code. */
  Map<String, String> statuses() throws Exception {
    Map<String, String> statuses = new HashMap<>();
    for (JsonObject c :
        ((JsonArray) Api.json(office.get("assessments/1/criteria")))
            .getValuesAs(JsonObject.class)) {
      statuses.put(c.getString("code"), c.getString("status"));
    }
    return statuses;
  }
}
