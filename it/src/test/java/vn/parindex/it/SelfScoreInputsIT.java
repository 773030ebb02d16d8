package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad self-score inputs through the API: every one is a 400 naming the field where there is one,
 * never a 500, answered at once, and the score saved before stays as it was.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelfScoreInputsIT {
  private static final String[] CODES = {"2.2.1", "2.3", "2.4", "5.4"};
  private static List<Map<String, Object>> before;

  @BeforeAll
  static void keepTheScores() throws Exception {
    before = TestDatabase.selfScoreRows(CODES);
  }

  @AfterAll
  static void putTheScoresBack() throws Exception {
    TestDatabase.restoreSelfScores(before, CODES);
  }

  private static void requireSavedMet() throws Exception {
    HttpResponse<String> saved =
        new Api("tuphap").selfScore("2.4", "{\"inputs\": {\"met\": true}}");
    assertEquals(200, saved.statusCode(), saved.body());
    assertEquals(0, BigDecimal.ONE.compareTo(stored("2.4").points()));
  }

  private static TestDatabase.StoredScore stored(String code) throws Exception {
    return TestDatabase.selfScore("tu-phap", code).orElseThrow();
  }

  private static void assertRefused(HttpResponse<String> answer, String field) {
    assertEquals(400, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("\"status\":400"), answer.body());
    assertTrue(answer.body().contains("\"field\":\"" + field + "\""), answer.body());
  }

  @ParameterizedTest(name = "met: {0}")
  @ValueSource(strings = {"\"yes\"", "1", "\"no\"", "\"true\"", "0", "[true]", "{}"})
  void metIsAJsonBooleanOnlyAndABadOneKeepsTheSavedFullScore(String met) throws Exception {
    requireSavedMet();
    TestDatabase.StoredScore kept = stored("2.4");

    HttpResponse<String> answer =
        new Api("tuphap").selfScore("2.4", "{\"inputs\": {\"met\": " + met + "}}");

    assertRefused(answer, "met");
    assertEquals(kept, stored("2.4"));
  }

  @Test
  void fractionalViolationsAreRefusedNotCut() throws Exception {
    long before = TestDatabase.count("change_record");

    HttpResponse<String> answer =
        new Api("noivu").selfScore("5.4", "{\"inputs\": {\"violations\": 1.5}}");

    assertRefused(answer, "violations");
    assertTrue(answer.body().contains("số nguyên"), answer.body());
    assertEquals(before, TestDatabase.count("change_record"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"achieved\": 5, \"total\": 4} | achieved",
        "{\"achieved\": 2.5, \"total\": 4} | achieved",
        "{\"achieved\": 2, \"total\": 4.5} | total",
        "{\"achieved\": -1, \"total\": 4} | achieved",
        "{\"achieved\": 1, \"total\": 1000000001} | total",
        "{\"achieved\": \"3\", \"total\": 4} | achieved",
        "{\"achieved\": 3, \"total\": \"four\"} | total"
      })
  void countsAreWholeNumbersWithinBoundsAndAchievedAtMostTheTotal(String inputs, String field)
      throws Exception {
    Api tuphap = new Api("tuphap");
    assertEquals(
        200, tuphap.selfScore("2.3", "{\"inputs\": {\"achieved\": 3, \"total\": 4}}").statusCode());
    TestDatabase.StoredScore kept = stored("2.3");

    HttpResponse<String> answer = tuphap.selfScore("2.3", "{\"inputs\": " + inputs + "}");

    assertRefused(answer, field);
    assertEquals(kept, stored("2.3"));
  }

  @Test
  void anUnknownTimelinessIsRefusedNamingIt() throws Exception {
    HttpResponse<String> answer =
        new Api("tuphap")
            .inEnglish()
            .selfScore("2.2.1", "{\"inputs\": {\"timeliness\": \"SOON\"}}");

    assertRefused(answer, "timeliness");
    assertTrue(answer.body().contains("is not valid"), answer.body());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "1E+999999999",
        "-1E+999999999",
        "1E-999999999",
        "123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890"
      })
  void hugeNumbersAreRefusedAtOnceInEveryField(String huge) throws Exception {
    Api tuphap = new Api("tuphap");
    for (String inputs :
        List.of(
            "{\"achieved\": " + huge + ", \"total\": 4}",
            "{\"achieved\": 1, \"total\": " + huge + "}",
            "{\"points\": " + huge + ", \"achieved\": 1, \"total\": 4}",
            "{\"violations\": " + huge + ", \"achieved\": 1, \"total\": 4}")) {
      long start = System.nanoTime();
      HttpResponse<String> answer = tuphap.selfScore("2.3", "{\"inputs\": " + inputs + "}");
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertEquals(400, answer.statusCode(), inputs + " -> " + answer.body());
      assertTrue(took.toMillis() < 2000, inputs + " took " + took);
    }
    HttpResponse<String> version =
        tuphap.selfScore(
            "2.3", "{\"inputs\": {\"achieved\": 1, \"total\": 4}, \"version\": " + huge + "}");
    assertRefused(version, "version");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"inputs\": {\"achieved\": 1, \"total\": 4}, \"version\": 1.5} | version",
        "{\"inputs\": {\"achieved\": 1, \"total\": 4}, \"version\": \"x\"} | version",
        "{\"inputs\": [1, 2]} | inputs",
        "{\"inputs\": \"achieved\"} | inputs"
      })
  void wrongJsonTypesAreRefusedNamingTheProperty(String body, String field) throws Exception {
    assertRefused(new Api("tuphap").selfScore("2.3", body), field);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{\"inputs\": {\"achieved\": 1, \"total\": 4}",
        "{\"inputs\": {\"achieved\": 1, \"total\": 4}} trailing",
        "{\"inputs\": {\"achieved\": 1, \"total\": 4}}{}",
        "[1, 2, 3]",
        "\"text\"",
        "42",
        "{'inputs': {}}",
        "{\"inputs\": {\"achieved\": 01, \"total\": 4}}"
      })
  void malformedBodiesAndTrailingDataAreRefusedNotSaved(String body) throws Exception {
    Api tuphap = new Api("tuphap");
    assertEquals(
        200, tuphap.selfScore("2.3", "{\"inputs\": {\"achieved\": 3, \"total\": 4}}").statusCode());
    TestDatabase.StoredScore kept = stored("2.3");

    HttpResponse<String> answer = tuphap.selfScore("2.3", body);

    assertEquals(400, answer.statusCode(), answer.body());
    assertTrue(answer.body().contains("\"status\":400"), answer.body());
    assertEquals(kept, stored("2.3"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "\"2030-02-30\"",
        "\"+99999-01-01\"",
        "\"2101-01-01\"",
        "\"1999-12-31\"",
        "20301231"
      })
  void anImpossibleOrFarOffDateIsRefusedNamingTheField(String date) throws Exception {
    HttpResponse<String> answer =
        new Api("noivu").put("assessments/1/deadline", "{\"deadline\": " + date + "}");

    assertRefused(answer, "deadline");
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"202E", "2066", "0000", "001B"})
  void anExplanationWithControlOrBidiCharactersIsRefused(String hex) throws Exception {
    String explanation = "Báo cáo " + String.format("\\u%s", hex) + "fdp.exe";

    HttpResponse<String> answer =
        new Api("tuphap")
            .selfScore(
                "2.3",
                "{\"inputs\": {\"achieved\": 1, \"total\": 4}, \"explanation\": \""
                    + explanation
                    + "\"}");

    assertRefused(answer, "explanation");
  }

  @Test
  void anExplanationIsStoredNfcNormalised() throws Exception {
    HttpResponse<String> answer =
        new Api("tuphap")
            .selfScore(
                "2.3",
                "{\"inputs\": {\"achieved\": 1, \"total\": 4}, \"explanation\": \"Nguye\\u0302\\u0323n\"}");

    assertEquals(200, answer.statusCode(), answer.body());
    assertEquals("Nguy\u1ec7n", stored("2.3").explanation());
  }
}
