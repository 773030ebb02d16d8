package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consolidated scorecard from the API against what the database holds: lead scores roll up
 * through components and areas into the totals, the survey part is entered by Phòng Nội vụ, the
 * band follows the version's bounds, and the result is provisional while anything is missing. Every
 * test puts back what it changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsolidationIT {
  private static final Map<String, String> ACCOUNT_OF_OFFICE =
      Map.of(
          "noi-vu", "noivu",
          "van-phong", "vanphong",
          "van-hoa-thong-tin", "vhtt",
          "tu-phap", "tuphap",
          "tai-chinh-ke-hoach", "tckh");

  private final Api noivu = new Api("noivu");

  @Test
  void theTotalsAreTheSumOfTheLeadScoresInTheDatabase() throws Exception {
    JsonObject view = consolidation();
    JsonObject totals = view.getJsonObject("totals");

    assertEquals(0, TestDatabase.sumOfLeadScores().compareTo(decimal(totals, "selfAssessed")));
    BigDecimal survey = absent(totals, "survey") ? BigDecimal.ZERO : decimal(totals, "survey");
    assertEquals(
        0,
        decimal(totals, "selfAssessed").add(survey).compareTo(decimal(totals, "grandTotal")),
        totals.toString());
    assertEquals(0, new BigDecimal("70").compareTo(decimal(totals, "selfAssessedMax")));
    assertEquals(0, new BigDecimal("30").compareTo(decimal(totals, "surveyMax")));
    BigDecimal areas = BigDecimal.ZERO;
    for (JsonObject area : view.getJsonArray("areas").getValuesAs(JsonObject.class)) {
      if (!area.getBoolean("survey") && !absent(area, "points")) {
        areas = areas.add(decimal(area, "points"));
      }
    }
    assertEquals(0, areas.compareTo(decimal(totals, "selfAssessed")), "areas add up to the total");
  }

  @Test
  void aCriterionWithComponentsScoresTheirSumAndItsAreaTheSumOfItsCriteria() throws Exception {
    String[] codes = {"1.5.1", "1.5.2"};
    List<Map<String, Object>> before = TestDatabase.selfScoreRows(codes);
    try {
      // 3 of 10 inspected reaches the first tier (1 point); 1 of 4 issues handled is 0.25
      assertEquals(
          200,
          noivu.selfScore("1.5.1", "{\"inputs\": {\"achieved\": 3, \"total\": 10}}").statusCode());
      assertEquals(
          200,
          noivu.selfScore("1.5.2", "{\"inputs\": {\"achieved\": 1, \"total\": 4}}").statusCode());

      JsonObject view = consolidation();

      assertPoints("1.00", points(view, "1.5.1"));
      assertPoints("0.25", points(view, "1.5.2"));
      assertPoints("1.25", points(view, "1.5"));
      BigDecimal criteriaOfArea1 = BigDecimal.ZERO;
      for (JsonObject node : nodes(view)) {
        String code = node.getString("code");
        if (code.startsWith("1.") && code.split("\\.").length == 2 && !absent(node, "points")) {
          criteriaOfArea1 = criteriaOfArea1.add(decimal(node, "points"));
        }
      }
      assertEquals(0, criteriaOfArea1.compareTo(points(view, "1")));
      JsonObject area1 = view.getJsonArray("areas").getJsonObject(0);
      assertEquals(0, points(view, "1").compareTo(decimal(area1, "points")));
      assertEquals(
          0,
          points(view, "1")
              .multiply(new BigDecimal("100"))
              .divide(new BigDecimal("13"), 2, RoundingMode.HALF_UP)
              .compareTo(decimal(area1, "percent")),
          area1.toString());
    } finally {
      TestDatabase.restoreSelfScores(before, codes);
    }
  }

  @Test
  void theLeadOfficesScoreOfASharedCriterionCountsNotTheSupportingOnes() throws Exception {
    List<Map<String, Object>> before = TestDatabase.selfScoreRows("1.4");
    try {
      JsonObject row = node(consolidation(), "1.4");
      String leadOffice = row.getString("leadOfficeCode");
      String supportingOffice =
          row.getJsonArray("supporting").getJsonObject(0).getString("officeCode");
      Api lead = new Api(ACCOUNT_OF_OFFICE.get(leadOffice));
      Api supporting = new Api(ACCOUNT_OF_OFFICE.get(supportingOffice));

      assertEquals(200, lead.selfScore("1.4", timeliness("LATE")).statusCode());
      assertEquals(200, supporting.selfScore("1.4", timeliness("ON_TIME")).statusCode());
      JsonObject view = consolidation();
      row = node(view, "1.4");

      assertPoints("0.50", decimal(row, "points"));
      JsonObject other = row.getJsonArray("supporting").getJsonObject(0);
      assertEquals(supportingOffice, other.getString("officeCode"));
      assertPoints("1.00", decimal(other, "points"));
      assertTrue(flags(row).contains("SCORES_DIFFER"), row.toString());
      assertEquals(
          0,
          TestDatabase.sumOfLeadScores()
              .compareTo(decimal(view.getJsonObject("totals"), "selfAssessed")));

      assertEquals(200, lead.selfScore("1.4", timeliness("ON_TIME")).statusCode());
      assertEquals(200, supporting.selfScore("1.4", timeliness("NOT_DONE")).statusCode());

      assertPoints("1.00", points(consolidation(), "1.4"));
    } finally {
      TestDatabase.restoreSelfScores(before, "1.4");
    }
  }

  @Test
  void theResultIsProvisionalWhileScoresAreMissingAndListsThem() throws Exception {
    JsonObject view = consolidation();
    List<String> unscored = strings(view.getJsonObject("completeness"), "unscored");

    // the demo assessment has 58 self-assessed leaf criteria and the tests score only a few
    assertFalse(unscored.isEmpty());
    assertTrue(view.getBoolean("provisional"));
    assertTrue(
        strings(view, "reasons").contains("UNSCORED"), view.getJsonArray("reasons").toString());
    long leaves =
        nodes(view).stream()
            .filter(n -> n.getBoolean("leaf") && "SELF_ASSESSED".equals(n.getString("method")))
            .count();
    assertEquals(leaves, unscored.size() + TestDatabase.countLeadScores());
    for (JsonObject node : nodes(view)) {
      if (unscored.contains(node.getString("code"))) {
        assertTrue(absent(node, "points"), node.toString());
        assertTrue(flags(node).contains("UNSCORED"), node.toString());
        assertEquals("NOT_STARTED", node.getString("status"), node.toString());
      }
    }
  }

  @Test
  void enteringTheSurveyChangesTheGrandTotalAndRefusesPointsOutOfRange() throws Exception {
    Optional<BigDecimal> before = TestDatabase.surveyPoints("S");
    try {
      BigDecimal self = decimal(consolidation().getJsonObject("totals"), "selfAssessed");

      JsonObject view = (JsonObject) Api.json(noivu.put("assessments/1/survey/S", points("12.5")));

      JsonObject totals = view.getJsonObject("totals");
      assertPoints("12.50", decimal(totals, "survey"));
      assertEquals(0, self.add(new BigDecimal("12.5")).compareTo(decimal(totals, "grandTotal")));
      assertFalse(strings(view, "reasons").contains("SURVEY_MISSING"));
      assertTrue(strings(view.getJsonObject("completeness"), "surveyMissing").isEmpty());
      assertPoints("12.50", TestDatabase.surveyPoints("S").orElseThrow());

      HttpResponse<String> tooMany = noivu.put("assessments/1/survey/S", points("30.01"));
      HttpResponse<String> negative = noivu.put("assessments/1/survey/S", points("-1"));
      HttpResponse<String> missing = noivu.put("assessments/1/survey/S", "{}");
      HttpResponse<String> selfAssessed = noivu.put("assessments/1/survey/1.1", points("1"));
      HttpResponse<String> unknown = noivu.put("assessments/1/survey/9.9", points("1"));
      HttpResponse<String> byOffice = new Api("tuphap").put("assessments/1/survey/S", points("1"));
      HttpResponse<String> byLeader = new Api("lanhdao").put("assessments/1/survey/S", points("1"));

      assertEquals(400, tooMany.statusCode(), tooMany.body());
      assertTrue(tooMany.body().contains("từ 0 đến 30"), tooMany.body());
      assertTrue(tooMany.body().contains("\"field\":\"points\""), tooMany.body());
      assertEquals(400, negative.statusCode(), negative.body());
      assertEquals(400, missing.statusCode(), missing.body());
      assertEquals(400, selfAssessed.statusCode(), selfAssessed.body());
      assertEquals(404, unknown.statusCode(), unknown.body());
      assertEquals(403, byOffice.statusCode(), byOffice.body());
      assertEquals(403, byLeader.statusCode(), byLeader.body());
      HttpResponse<String> english =
          new Api("noivu").inEnglish().put("assessments/1/survey/S", points("31"));
      assertTrue(english.body().contains("between 0 and 30"), english.body());
      assertPoints("12.50", TestDatabase.surveyPoints("S").orElseThrow());

      HttpResponse<String> cleared = noivu.delete("assessments/1/survey/S");
      JsonObject afterClear = (JsonObject) Api.json(cleared);
      assertTrue(absent(afterClear.getJsonObject("totals"), "survey"));
      assertTrue(strings(afterClear, "reasons").contains("SURVEY_MISSING"));
    } finally {
      restoreSurvey(before);
    }
  }

  @Test
  void theLeaderSeesTheConsolidationAndAnOfficeDoesNot() throws Exception {
    HttpResponse<String> leader = new Api("lanhdao").get("assessments/1/consolidation");
    HttpResponse<String> office = new Api("tuphap").get("assessments/1/consolidation");
    HttpResponse<String> unknown = noivu.get("assessments/999/consolidation");

    assertEquals(200, leader.statusCode(), leader.body());
    assertEquals(403, office.statusCode(), office.body());
    assertEquals(404, unknown.statusCode(), unknown.body());
    JsonObject view = (JsonObject) Api.json(leader);
    assertEquals("UBND huyện An Lão", view.getString("unitName"));
    assertTrue(view.getBoolean("illustrative"));
  }

  /**
   * The demo index's bands start at 50, out of reach of the few scores the tests save, so the test
   * moves the bounds of the assessment's version around the current self-assessed total T (Trung
   * bình from T + 5, Khá from T + 10, Tốt from T + 20) and lands the grand total on each bound with
   * the survey points, then one hundredth below it.
   */
  @Test
  void aGrandTotalOnABandBoundBelongsToTheHigherBand() throws Exception {
    JsonObject view = consolidation();
    long version = view.getJsonNumber("versionId").longValue();
    BigDecimal self = decimal(view.getJsonObject("totals"), "selfAssessed");
    Map<String, BigDecimal> bands = TestDatabase.bands(version);
    Optional<BigDecimal> survey = TestDatabase.surveyPoints("S");
    try {
      Map<String, BigDecimal> moved = new LinkedHashMap<>();
      moved.put("Tốt", self.add(new BigDecimal("20")));
      moved.put("Khá", self.add(new BigDecimal("10")));
      moved.put("Trung bình", self.add(new BigDecimal("5")));
      TestDatabase.setBands(version, moved);

      assertEquals("Tốt", bandWithSurvey("20"));
      assertEquals("Khá", bandWithSurvey("19.99"));
      assertEquals("Khá", bandWithSurvey("10"));
      assertEquals("Trung bình", bandWithSurvey("9.99"));
      assertEquals("Trung bình", bandWithSurvey("5"));
      assertEquals("Yếu", bandWithSurvey("4.99"));
      assertEquals("Tốt", bandWithSurvey("30"));
    } finally {
      TestDatabase.setBands(version, bands);
      restoreSurvey(survey);
    }
    // the demo state, with the demo bounds: Tốt 80, Khá 70, Trung bình 50, Yếu 0
    JsonObject demo = consolidation();
    BigDecimal total = decimal(demo.getJsonObject("totals"), "grandTotal");
    assertEquals(expectedDemoBand(total), demo.getString("band"));
  }

  private String bandWithSurvey(String surveyPoints) throws Exception {
    JsonObject view =
        (JsonObject) Api.json(noivu.put("assessments/1/survey/S", points(surveyPoints)));
    return view.getString("band");
  }

  private static String expectedDemoBand(BigDecimal total) {
    if (total.compareTo(new BigDecimal("80")) >= 0) {
      return "Tốt";
    }
    if (total.compareTo(new BigDecimal("70")) >= 0) {
      return "Khá";
    }
    return total.compareTo(new BigDecimal("50")) >= 0 ? "Trung bình" : "Yếu";
  }

  private void restoreSurvey(Optional<BigDecimal> before) throws Exception {
    HttpResponse<String> restored =
        before.isPresent()
            ? noivu.put("assessments/1/survey/S", points(before.get().toPlainString()))
            : noivu.delete("assessments/1/survey/S");
    assertEquals(200, restored.statusCode(), restored.body());
  }

  private JsonObject consolidation() throws Exception {
    return (JsonObject) Api.json(noivu.get("assessments/1/consolidation"));
  }

  private static String points(String value) {
    return "{\"points\": " + value + "}";
  }

  private static String timeliness(String value) {
    return "{\"inputs\": {\"timeliness\": \"" + value + "\"}}";
  }

  static List<JsonObject> nodes(JsonObject view) {
    return view.getJsonArray("nodes").getValuesAs(JsonObject.class);
  }

  static JsonObject node(JsonObject view, String code) {
    return nodes(view).stream()
        .filter(n -> n.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no node " + code));
  }

  private static BigDecimal points(JsonObject view, String code) {
    JsonObject node = node(view, code);
    assertFalse(absent(node, "points"), node.toString());
    return decimal(node, "points");
  }

  private static List<String> flags(JsonObject node) {
    return strings(node, "flags");
  }

  private static List<String> strings(JsonObject object, String name) {
    return object.getJsonArray(name).stream().map(v -> ((JsonString) v).getString()).toList();
  }

  static BigDecimal decimal(JsonObject object, String name) {
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() != JsonValue.ValueType.NUMBER) {
      throw new AssertionError(name + " is not a number in " + object);
    }
    return ((JsonNumber) value).bigDecimalValue();
  }

  /** JSON-B leaves out null properties: a missing amount is absent. */
  static boolean absent(JsonObject object, String name) {
    return !object.containsKey(name) || object.isNull(name);
  }

  private static void assertPoints(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " ≠ " + actual);
  }
}
