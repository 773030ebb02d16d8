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
 * The deadline is a day of Vietnam's calendar although the server's JVM runs in another zone (the
 * it module starts it with {@code -Duser.timezone=${it.server.zone}}). The server's date differs
 * from Vietnam's for most hours of the day: then a server judging by its own zone either locks the
 * office out on its last evening (a zone east of Vietnam) or lets it change a score the morning
 * after its deadline (a zone west of Vietnam), and the dashboard counts the wrong days left. The
 * exact boundary at midnight is checked with a fixed clock in {@code AssessmentCalendarTest}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentCalendarIT {
  private static final String CRITERION = "7.1";
  private static final String SCORE = "{\"inputs\": {\"met\": true}, \"explanation\": \"x\"}";

  private final Api consolidator = new Api("noivu");
  private final Api office = new Api("vhtt");

  @Test
  void anOfficeMayChangeItsScoreUntilTheEndOfItsDeadlineInVietnamNotAMinuteLonger()
      throws Exception {
    LocalDate deadlineBefore = LocalDate.parse(assessment1().getString("deadline"));
    List<Map<String, Object>> scoresBefore = TestDatabase.selfScoreRows(CRITERION);
    try {
      setDeadline(Vietnam.today());

      HttpResponse<String> lastDay = office.selfScore(CRITERION, SCORE);
      assertEquals(200, lastDay.statusCode(), "on the last day in Vietnam: " + lastDay.body());
      JsonObject dashboard =
          (JsonObject) Api.json(new Api("lanhdao").get("assessments/1/dashboard"));
      assertEquals(0, dashboard.getJsonNumber("daysLeft").longValue(), dashboard.toString());

      setDeadline(Vietnam.today().minusDays(1));

      HttpResponse<String> dayAfter = office.selfScore(CRITERION, SCORE);
      assertEquals(400, dayAfter.statusCode(), "the day after, in Vietnam: " + dayAfter.body());
      assertTrue(dayAfter.body().contains("hết hạn"), dayAfter.body());
    } finally {
      setDeadline(deadlineBefore);
      TestDatabase.restoreSelfScores(scoresBefore, CRITERION);
    }
  }

  private void setDeadline(LocalDate day) throws Exception {
    HttpResponse<String> answer =
        consolidator.put("assessments/1/deadline", "{\"deadline\": \"" + day + "\"}");
    assertEquals(204, answer.statusCode(), answer.body());
  }

  private JsonObject assessment1() throws Exception {
    return ((JsonArray) Api.json(consolidator.get("assessments")))
        .getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getInt("id") == 1)
            .findFirst()
            .orElseThrow();
  }
}
