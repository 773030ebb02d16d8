package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * The leader opens the dashboard from the top bar in a real headless browser and finds in its
 * Chart.js charts the demo assessment's figures as the consolidation and the review give them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardPageIT {
  private static final Map<String, String> STATUS_FIELDS =
      Map.of(
          "NOT_STARTED", "notStarted",
          "DRAFT", "draft",
          "SUBMITTED", "submitted",
          "RETURNED", "returned",
          "ACCEPTED", "accepted");

  @Test
  void theLeadersDashboardChartsTheDemoAssessmentsFigures() throws Exception {
    String[] codes = {"1.1", "1.2", "2.3"};
    List<Map<String, Object>> scores = TestDatabase.selfScoreRows(codes);
    Api noivu = new Api("noivu");
    try {
      saveSomeScores(noivu);
      JsonObject consolidation = (JsonObject) Api.json(noivu.get("assessments/1/consolidation"));
      JsonArray progress = (JsonArray) Api.json(noivu.get("assessments/1/progress"));
      LocalDate deadline = deadline();

      try (Browser browser = new Browser()) {
        browser.login("lanhdao");
        assertFalse(
            browser.driver.findElements(By.id("homeDashboard")).isEmpty(),
            "the leader's home points to the dashboard");
        browser.click(By.id("topbarForm:dashboard"));
        browser.waitForPage();
        assertTrue(browser.driver.getCurrentUrl().contains("dashboard.xhtml"));

        JsonObject progressChart = chart(browser, "progressChart");
        JsonArray offices = progressChart.getJsonArray("labels");
        assertEquals(progress.size(), offices.size(), offices.toString());
        for (JsonObject office : progress.getValuesAs(JsonObject.class)) {
          int at =
              offices
                  .getValuesAs(JsonValue::toString)
                  .indexOf(quoted(office.getString("officeName")));
          assertTrue(at >= 0, office.getString("officeName") + " in " + offices);
          for (JsonObject dataset :
              progressChart.getJsonArray("datasets").getValuesAs(JsonObject.class)) {
            String field = STATUS_FIELDS.get(dataset.getString("key"));
            assertEquals(
                office.getInt(field),
                dataset.getJsonArray("data").getInt(at),
                office.getString("officeName") + " " + field);
          }
          WebElementRow row = WebElementRow.of(browser, office.getString("officeCode"));
          assertEquals(office.getInt("draft"), row.number("data-draft"));
          assertEquals(office.getInt("notStarted"), row.number("data-not-started"));
        }
        assertEquals(5, progressChart.getJsonArray("datasets").size(), "five statuses");

        JsonObject areaChart = chart(browser, "areaChart");
        JsonArray areas = consolidation.getJsonArray("areas");
        assertEquals(areas.size(), areaChart.getJsonArray("labels").size());
        JsonArray points = dataset(areaChart, "points");
        JsonArray max = dataset(areaChart, "max");
        for (int i = 0; i < areas.size(); i++) {
          JsonObject area = areas.getJsonObject(i);
          assertTrue(
              areaChart
                  .getJsonArray("labels")
                  .getString(i)
                  .startsWith(area.getString("code") + ". "));
          assertEquals(0, ConsolidationIT.decimal(area, "maxPoints").compareTo(number(max.get(i))));
          if (area.containsKey("points")) {
            assertEquals(
                0,
                ConsolidationIT.decimal(area, "points").compareTo(number(points.get(i))),
                area.toString());
          } else {
            assertEquals(JsonValue.NULL, points.get(i), area.toString());
          }
        }
        assertTrue(
            areas.getValuesAs(JsonObject.class).stream().anyMatch(a -> a.containsKey("points")),
            "the saved scores show in an area");

        String daysLeft =
            browser.driver.findElement(By.id("daysLeft")).getAttribute("data-days-left");
        assertEquals(ChronoUnit.DAYS.between(Vietnam.today(), deadline), Long.parseLong(daysLeft));
        String grandTotal =
            browser.driver.findElement(By.id("grandTotal")).getAttribute("data-value");
        assertEquals(
            0,
            ConsolidationIT.decimal(consolidation.getJsonObject("totals"), "grandTotal")
                .compareTo(new BigDecimal(grandTotal)));
        String changes = browser.driver.findElement(By.id("recentChanges")).getText();
        assertTrue(changes.contains("2.3 – Phòng Tư pháp"), changes);
        assertTrue(changes.contains("Điểm và số liệu"), changes);
        assertTrue(changes.contains(" điểm"), changes);
        assertFalse(
            changes.matches("(?s).*\\b(met|achieved|total|timeliness|violations|points)=.*"),
            "the inputs in words: " + changes);
        assertTrue(
            browser.driver.findElement(By.id("units")).getText().contains("An Lão"),
            "the one unit as a table");
        assertTrue(
            browser.driver.findElements(By.id("unitChart")).isEmpty(), "no chart for one unit");
        screenshot(browser);

        browser.switchLanguage("en");
        chart(browser, "progressChart");
        assertEquals(
            "Not scored",
            browser.js(
                "return Chart.getChart(document.querySelector(\"[id='progressChart'] canvas\"))"
                    + ".data.datasets[0].label"),
            "chart labels follow the language");
        String english = browser.driver.getPageSource();
        assertTrue(english.contains("Progress per office"), "headings in English");
        assertTrue(english.contains("Score and inputs"), "kinds of change in English");
      }
    } finally {
      TestDatabase.restoreSelfScores(scores, codes);
    }
  }

  @Test
  void anOfficeUserIsForbiddenTheDashboard() throws Exception {
    try (Browser browser = new Browser()) {
      browser.login("tuphap");
      assertTrue(browser.driver.findElements(By.id("topbarForm:dashboard")).isEmpty());
      Object status =
          browser.js(
              "return fetch('/dashboard.xhtml?id=1').then(function (r) { return r.status; })");
      assertEquals(403L, ((Number) status).longValue());
      browser.open("dashboard.xhtml?id=1");
      assertTrue(
          browser.driver.getPageSource().contains("Bạn không có quyền truy cập trang này"),
          "the error page says why");
      assertTrue(browser.driver.findElements(By.id("progressChart")).isEmpty());
    }
  }

  /** The chart's labels and datasets as Chart.js holds them, once it has drawn. */
  private static JsonObject chart(Browser browser, String id) {
    Object json =
        browser.until(
            d ->
                browser.js(
                    "var canvas = document.querySelector(\"[id='"
                        + id
                        + "'] canvas\");"
                        + " var chart = canvas && window.Chart && Chart.getChart(canvas);"
                        + " if (!chart || !chart.chartArea || canvas.width === 0) return null;"
                        + " return JSON.stringify({labels: chart.data.labels,"
                        + " datasets: chart.data.datasets.map(function (s) {"
                        + " return {key: s.status || s.key, data: s.data}; })});"));
    assertNotNull(json);
    try (JsonReader reader = Json.createReader(new StringReader(json.toString()))) {
      return reader.readObject();
    }
  }

  private static JsonArray dataset(JsonObject chart, String key) {
    return chart.getJsonArray("datasets").getValuesAs(JsonObject.class).stream()
        .filter(d -> key.equals(d.getString("key")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + key + " in " + chart))
        .getJsonArray("data");
  }

  private static BigDecimal number(JsonValue value) {
    if (!(value instanceof JsonNumber n)) {
      throw new AssertionError("not a number: " + value);
    }
    return n.bigDecimalValue();
  }

  private static String quoted(String text) {
    return Json.createValue(text).toString();
  }

  /** A row of the progress table under the chart, read by its data attributes. */
  private record WebElementRow(org.openqa.selenium.WebElement element) {
    static WebElementRow of(Browser browser, String officeCode) {
      return new WebElementRow(
          browser.driver.findElement(
              By.cssSelector("#progressData tr[data-office='" + officeCode + "']")));
    }

    int number(String attribute) {
      return Integer.parseInt(element.getAttribute(attribute));
    }
  }

  private static void saveSomeScores(Api noivu) throws Exception {
    List<HttpResponse<String>> saved =
        List.of(
            noivu.selfScore("1.1", "{\"inputs\": {\"timeliness\": \"ON_TIME\"}}"),
            noivu.selfScore("1.2", "{\"inputs\": {\"achieved\": 9, \"total\": 10}}"),
            new Api("tuphap").selfScore("2.3", "{\"inputs\": {\"achieved\": 3, \"total\": 4}}"));
    for (HttpResponse<String> response : saved) {
      assertEquals(200, response.statusCode(), response.body());
    }
  }

  /** The demo assessment's deadline, as the API gives it. */
  private static LocalDate deadline() throws Exception {
    JsonArray assessments = (JsonArray) Api.json(new Api("lanhdao").get("assessments"));
    return assessments.getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getInt("id") == 1)
        .map(a -> LocalDate.parse(a.getString("deadline")))
        .findFirst()
        .orElseThrow();
  }

  /** The page for the README, 1400 pixels wide. */
  private static void screenshot(Browser browser) throws IOException {
    browser.driver.manage().window().setSize(new Dimension(1400, 1200));
    long height = ((Number) browser.js("return document.documentElement.scrollHeight")).longValue();
    // the window is the page's height plus the browser's own frame, so the whole page shows
    int frame = 1200 - ((Number) browser.js("return window.innerHeight")).intValue();
    browser.driver.manage().window().setSize(new Dimension(1400, (int) height + frame));
    browser.waitForPage();
    Path target = Path.of("target", "screenshots", "dashboard.png");
    Files.createDirectories(target.getParent());
    Files.write(target, ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
  }
}
