package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Self-scoring through the API of the real EAR on the provisioned WildFly, against PostgreSQL: what
 * is saved, what is refused, and that a refusal changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelfScoreApiIT {

  @Test
  void savingASelfScoreStoresTheInputsAndTheComputedPoints() throws Exception {
    HttpResponse<String> response =
        new Api("tuphap")
            .selfScore(
                "2.3",
                "{\"inputs\": {\"achieved\": 3, \"total\": 4}, \"explanation\": \"Đã xử lý 3/4 văn bản\"}");

    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"code\":\"2.3\""), response.body());
    assertTrue(response.body().contains("\"points\":0.75"), response.body());
    TestDatabase.StoredScore stored = TestDatabase.selfScore("tu-phap", "2.3").orElseThrow();
    assertEquals(0, new BigDecimal("0.75").compareTo(stored.points()));
    assertEquals(0, new BigDecimal("3").compareTo(stored.achieved()));
    assertEquals(0, new BigDecimal("4").compareTo(stored.total()));
    assertEquals("Đã xử lý 3/4 văn bản", stored.explanation());
  }

  @Test
  void anOfficeSeesExactlyTheCriteriaAssignedToIt() throws Exception {
    HttpResponse<String> response = new Api("tuphap").get("assessments/1/criteria");

    assertEquals(200, response.statusCode());
    assertEquals(List.of("2.1", "2.2.1", "2.2.2", "2.3", "2.4"), codes(response.body()));
  }

  @Test
  void scoringAnotherOfficesCriterionIsForbiddenAndChangesNothing() throws Exception {
    long before = TestDatabase.count("self_score");

    HttpResponse<String> response =
        new Api("tuphap").selfScore("6.1", "{\"inputs\": {\"met\": true}}");

    assertEquals(403, response.statusCode());
    assertTrue(response.body().contains("6.1"), response.body());
    assertTrue(TestDatabase.selfScore("tai-chinh-ke-hoach", "6.1").isEmpty());
    assertEquals(before, TestDatabase.count("self_score"));
  }

  @Test
  void manualPointsOutsideZeroToMaxAreRejectedAndTheSavedScoreIsKept() throws Exception {
    Api noivu = new Api("noivu");
    assertEquals(200, noivu.selfScore("1.7", "{\"inputs\": {\"points\": 1.25}}").statusCode());

    HttpResponse<String> tooHigh = noivu.selfScore("1.7", "{\"inputs\": {\"points\": 2.25}}");
    HttpResponse<String> negative = noivu.selfScore("1.7", "{\"inputs\": {\"points\": -0.25}}");
    HttpResponse<String> offStep = noivu.selfScore("1.7", "{\"inputs\": {\"points\": 1.3}}");

    assertEquals(400, tooHigh.statusCode());
    assertTrue(tooHigh.body().contains("\"field\":\"points\""), tooHigh.body());
    assertEquals(400, negative.statusCode());
    assertEquals(400, offStep.statusCode());
    assertEquals(
        0,
        new BigDecimal("1.25")
            .compareTo(TestDatabase.selfScore("noi-vu", "1.7").orElseThrow().points()));
  }

  @Test
  void missingInputsAreRejectedWithTheFieldNamed() throws Exception {
    HttpResponse<String> noMet = new Api("vhtt").selfScore("7.1", "{\"inputs\": {}}");
    HttpResponse<String> noTotal =
        new Api("tckh").selfScore("6.5", "{\"inputs\": {\"achieved\": 5}}");

    assertEquals(400, noMet.statusCode());
    assertTrue(noMet.body().contains("\"field\":\"met\""), noMet.body());
    assertEquals(400, noTotal.statusCode());
    assertTrue(noTotal.body().contains("\"field\":\"total\""), noTotal.body());
    assertTrue(TestDatabase.selfScore("van-hoa-thong-tin", "7.1").isEmpty());
    assertTrue(TestDatabase.selfScore("tai-chinh-ke-hoach", "6.5").isEmpty());
  }

  @Test
  void errorsComeInTheCallersLanguage() throws Exception {
    HttpResponse<String> vietnamese =
        new Api("tuphap").selfScore("6.1", "{\"inputs\": {\"met\": true}}");
    HttpResponse<String> english =
        new Api("tuphap").inEnglish().selfScore("6.1", "{\"inputs\": {\"met\": true}}");

    assertTrue(vietnamese.body().contains("không được phân công"), vietnamese.body());
    assertTrue(english.body().contains("is not assigned to"), english.body());
  }

  @Test
  void aLeaderMayReadButNotSelfScore() throws Exception {
    Api leader = new Api("lanhdao");

    assertEquals(200, leader.get("assessments").statusCode());
    assertEquals(
        403, leader.selfScore("2.1", "{\"inputs\": {\"achieved\": 1, \"total\": 1}}").statusCode());
  }

  @Test
  void aWrongPasswordGetsABasicChallenge() throws Exception {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "assessments"))
                    .header("Authorization", "Basic dHVwaGFwOndyb25n")
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertEquals(401, response.statusCode());
    assertFalse(response.headers().allValues("WWW-Authenticate").isEmpty());
  }

  private static List<String> codes(String json) {
    Matcher m = Pattern.compile("\"code\":\"([^\"]+)\"").matcher(json);
    List<String> codes = new ArrayList<>();
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }
}
