package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/** Phòng Nội vụ opens the consolidated scorecard from the home page, in a real headless browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConsolidationPageIT {

  @Test
  void phongNoiVuSeesTheSameTotalAsTheApiAndTheProvisionalTag() throws Exception {
    String[] codes = {"1.1", "1.2", "1.4", "1.6"};
    List<Map<String, Object>> scores = TestDatabase.selfScoreRows(codes);
    Optional<BigDecimal> survey = TestDatabase.surveyPoints("S");
    Api noivu = new Api("noivu");
    try {
      saveSomeScores(noivu);
      JsonObject api = (JsonObject) Api.json(noivu.get("assessments/1/consolidation"));
      BigDecimal grandTotal = ConsolidationIT.decimal(api.getJsonObject("totals"), "grandTotal");
      assertTrue(api.getBoolean("provisional"), "the demo assessment is not complete");

      try (Browser browser = new Browser()) {
        browser.login("noivu");
        browser.click(By.cssSelector("[id$='consolidation']"));
        browser.waitForPage();

        String shown = browser.driver.findElement(By.id("consolidationForm:grandTotal")).getText();
        assertEquals(0, grandTotal.compareTo(new BigDecimal(shown.replace(",", "."))), shown);
        String tag = browser.driver.findElement(By.id("consolidationForm:provisional")).getText();
        assertTrue(tag.contains("Tạm tính"), tag);
        String page = browser.driver.getPageSource();
        assertTrue(page.contains("Còn tiêu chí chưa được phòng chủ trì chấm điểm"), "reason shown");
        assertTrue(page.contains("số điểm minh hoạ"), "illustrative version said so");
        assertTrue(page.contains("Công tác chỉ đạo, điều hành cải cách hành chính"));
        assertTrue(page.contains("Văn phòng HĐND"), "the supporting office of 1.4 is shown");
        screenshot(browser);
      }
    } finally {
      TestDatabase.restoreSelfScores(scores, codes);
      if (survey.isPresent()) {
        noivu.put("assessments/1/survey/S", "{\"points\": " + survey.get() + "}");
      } else {
        noivu.delete("assessments/1/survey/S");
      }
    }
  }

  @Test
  void phongNoiVuEntersTheSurveyPointsInTheTable() throws Exception {
    Api noivu = new Api("noivu");
    Optional<BigDecimal> before = TestDatabase.surveyPoints("S");
    JsonObject api = (JsonObject) Api.json(noivu.get("assessments/1/consolidation"));
    BigDecimal self = ConsolidationIT.decimal(api.getJsonObject("totals"), "selfAssessed");
    try (Browser browser = new Browser()) {
      browser.login("noivu");
      browser.open("consolidation/scorecard.xhtml?id=1");

      browser.js(
          "var key = Object.keys(PrimeFaces.widgets).find(k => k.indexOf('surveyPoints') >= 0);"
              + " PrimeFaces.widgets[key].setValue(12.5);");
      browser.click(By.cssSelector("[id$=':saveSurvey']"));
      browser.waitForAjax();

      String shown = browser.driver.findElement(By.id("consolidationForm:grandTotal")).getText();
      assertEquals(
          0,
          self.add(new BigDecimal("12.5")).compareTo(new BigDecimal(shown.replace(",", "."))),
          shown);
      assertEquals(
          0, new BigDecimal("12.5").compareTo(TestDatabase.surveyPoints("S").orElseThrow()));
    } finally {
      if (before.isPresent()) {
        noivu.put("assessments/1/survey/S", "{\"points\": " + before.get() + "}");
      } else {
        noivu.delete("assessments/1/survey/S");
      }
    }
  }

  /** A few scores, a shared criterion scored differently by its two offices, the survey part. */
  private static void saveSomeScores(Api noivu) throws Exception {
    Api vanphong = new Api("vanphong");
    List<HttpResponse<String>> saved =
        List.of(
            noivu.selfScore(
                "1.1",
                "{\"inputs\": {\"timeliness\": \"ON_TIME\"}, \"explanation\": \"Kế hoạch số 12/KH-UBND\"}"),
            noivu.selfScore("1.2", "{\"inputs\": {\"achieved\": 9, \"total\": 10}}"),
            noivu.selfScore("1.4", "{\"inputs\": {\"timeliness\": \"LATE\"}}"),
            vanphong.selfScore("1.4", "{\"inputs\": {\"timeliness\": \"ON_TIME\"}}"),
            vanphong.selfScore("1.6", "{\"inputs\": {\"achieved\": 3, \"total\": 4}}"),
            noivu.put("assessments/1/survey/S", "{\"points\": 21.5}"));
    for (HttpResponse<String> response : saved) {
      assertEquals(200, response.statusCode(), response.body());
    }
  }

  /** The page for the README, 1400 pixels wide. */
  private static void screenshot(Browser browser) throws IOException {
    browser.driver.manage().window().setSize(new Dimension(1400, 1800));
    Path target = Path.of("target", "screenshots", "consolidation.png");
    Files.createDirectories(target.getParent());
    Files.write(target, ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
  }
}
