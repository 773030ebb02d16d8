package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.it.SamplePdf.pdf;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The whole loop of issue 4 in a real headless browser: Phòng Tư pháp supports a criterion with a
 * document, submits its criteria, Phòng Nội vụ returns one with a comment, and the office reads the
 * comment, corrects that criterion alone and submits again. The demo scores are put back
 * afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReturnLoopPageIT {
  private static final String[] JUSTICE = {"2.1", "2.2.1", "2.2.2", "2.3", "2.4"};
  private static final String MY_CRITERIA = "assessment/criteria.xhtml?assessment=1";
  private static final String REVIEW = "assessment/review.xhtml?assessment=1";
  private static final String SUMMARY = "Báo cáo kết quả phổ biến pháp luật năm 2023";
  private static final String COMMENT = "Thiếu danh sách vụ việc hòa giải quý IV, đề nghị bổ sung";

  private final Api office = new Api("tuphap");

  @Test
  void aReturnedCriterionIsCorrectedAndSubmittedAgainWhileTheOthersStayLocked() throws Exception {
    List<Map<String, Object>> scores = TestDatabase.selfScoreRows(JUSTICE);
    Path pdf = Files.createTempFile("pho-bien-phap-luat-", ".pdf");
    Files.write(pdf, pdf("Bao cao pho bien phap luat 2023"));
    String evidenceHref = null;
    try (Browser browser = new Browser()) {
      scoreByApi(
          Map.of(
              "2.1", "{\"achieved\": 10, \"total\": 10}",
              "2.2.1", "{\"timeliness\": \"ON_TIME\"}",
              "2.2.2", "{\"timeliness\": \"ON_TIME\"}",
              "2.3", "{\"achieved\": 3, \"total\": 4}"));

      browser.login("tuphap");
      browser.open(MY_CRITERIA);
      openDialog(browser, "2.4");
      watchForUploadProgress(browser);
      slowNetwork(browser, 1500);
      browser
          .driver
          .findElement(By.cssSelector("[id='uploadForm:file'] input[type=file]"))
          .sendKeys(pdf.toString());
      WebElement progress =
          browser.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector(
                      "[id='uploadForm:file'] .ui-fileupload-progress"
                          + " .ui-progressbar[role=progressbar]")));
      assertEquals("100", progress.getAttribute("aria-valuemax"));
      browser.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("uploadForm:chosen"), pdf.getFileName().toString()));
      normalNetwork(browser);
      browser.waitForAjax();
      assertEquals(Boolean.TRUE, browser.js("return window.uploadProgressSeen === true"));
      // the finished file leaves the list of the upload, and its progress bar with it
      browser.until(
          ExpectedConditions.numberOfElementsToBe(
              By.cssSelector("[id='uploadForm:file'] .ui-fileupload-progress"), 0));

      browser.driver.findElement(By.id("uploadForm:number")).sendKeys("42/BC-TP");
      WebElement date = browser.driver.findElement(By.id("uploadForm:date_input"));
      date.sendKeys("15/11/2023");
      date.sendKeys(Keys.TAB);
      browser.driver.findElement(By.id("uploadForm:issuer")).sendKeys("Phòng Tư pháp");
      browser.driver.findElement(By.id("uploadForm:summary")).sendKeys(SUMMARY);
      browser.click(By.id("uploadForm:saveEvidence"));
      browser.waitForAjax();
      WebElement document =
          browser.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.xpath(
                      "//*[@id='evidenceForm:documents']//tr[.//*[normalize-space()='"
                          + SUMMARY
                          + "']]")));
      assertTrue(document.getText().contains("42/BC-TP"), document.getText());
      assertTrue(document.getText().contains("15/11/2023"), document.getText());
      evidenceHref =
          document.findElement(By.cssSelector("a[id$=':download']")).getAttribute("href");

      browser.click(By.cssSelector("label[for='editForm:met:0']"));
      browser.waitForAjax();
      browser.click(By.id("editForm:save"));
      browser.waitForAjax();
      browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
      browser.until(ExpectedConditions.textToBe(statusOf("2.4"), "Đã chấm (nháp)"));
      assertTrue(Integer.parseInt(text(browser, evidenceCountOf("2.4"))) >= 1);

      submit(browser);
      for (String code : JUSTICE) {
        assertEquals("Đã gửi", text(browser, statusOf(code)), code);
        assertEquals("Xem", text(browser, editButtonOf(code)), code);
      }
      assertFalse(browser.driver.findElement(By.id("criteriaForm:submit")).isEnabled());

      signInAs(browser, "noivu");
      browser.open(REVIEW);
      assertEquals("Đã gửi", text(browser, reviewStatusOf("2.3")));
      browser.click(reviewButtonOf("2.3", "return"));
      browser.waitForAjax();
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("returnForm:comment")));
      browser.driver.findElement(By.id("returnForm:comment")).sendKeys(COMMENT);
      browser.click(By.id("returnForm:confirmReturn"));
      browser.waitForAjax();
      browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("returnDialog")));
      browser.until(ExpectedConditions.textToBe(reviewStatusOf("2.3"), "Bị trả lại"));
      assertEquals("Đã gửi", text(browser, reviewStatusOf("2.4")));

      signInAs(browser, "tuphap");
      browser.open(MY_CRITERIA);
      assertEquals("Bị trả lại", text(browser, statusOf("2.3")));
      assertTrue(text(browser, rowOf("2.3")).contains(COMMENT), text(browser, rowOf("2.3")));
      assertTrue(
          browser.driver.findElement(By.id("notices")).getText().contains(COMMENT),
          "the office is told on the page");
      for (String code : JUSTICE) {
        assertEquals(code.equals("2.3") ? "Chấm điểm" : "Xem", text(browser, editButtonOf(code)));
      }
      assertTrue(browser.driver.findElement(By.id("criteriaForm:submit")).isEnabled());

      openDialog(browser, "2.2.1");
      assertTrue(browser.driver.findElements(By.id("editForm:save")).isEmpty());
      assertFalse(browser.driver.findElement(By.id("editForm:timeliness:0")).isEnabled());
      // a read-only dialog has nothing to cancel: it closes
      assertEquals("Đóng", text(browser, By.id("editForm:cancel")));
      browser.click(By.id("editForm:cancel"));
      browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));

      openDialog(browser, "2.3");
      String note =
          browser.driver.findElement(By.cssSelector("[id='editForm'] .review-note")).getText();
      assertTrue(note.contains(COMMENT), note);
      WebElement achieved = browser.driver.findElement(By.id("editForm:achieved"));
      achieved.clear();
      achieved.sendKeys("4");
      browser.click(By.id("editForm:save"));
      browser.waitForAjax();
      browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
      browser.until(ExpectedConditions.textToBe(statusOf("2.3"), "Đã chấm (nháp)"));
      assertEquals("Xem", text(browser, editButtonOf("2.4")));

      submit(browser);
      for (String code : JUSTICE) {
        assertEquals("Đã gửi", text(browser, statusOf(code)), code);
      }
      assertEquals("4/4", inputsOf("2.3"));

      signInAs(browser, "noivu");
      browser.open(REVIEW);
      assertEquals("Đã gửi", text(browser, reviewStatusOf("2.3")));
    } finally {
      try {
        new JusticeOffice().reopenEverything();
        if (evidenceHref != null) {
          unlink(evidenceHref, "2.4");
        }
      } finally {
        TestDatabase.restoreSelfScores(scores, JUSTICE);
        Files.deleteIfExists(pdf);
      }
    }
  }

  /** Another user in the same browser: the session cookie of the former one goes first. */
  private static void signInAs(Browser browser, String username) {
    browser.driver.manage().deleteAllCookies();
    browser.login(username);
  }

  /** Submits from the page through its confirmation and waits for the answer. */
  private static void submit(Browser browser) {
    browser.click(By.id("criteriaForm:submit"));
    WebElement yes =
        browser.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")));
    yes.click();
    browser.waitForAjax();
    String messages = browser.driver.findElement(By.id("criteriaForm:submitMessages")).getText();
    assertTrue(messages.contains("Đã gửi kết quả tự chấm"), messages);
  }

  private void scoreByApi(Map<String, String> inputs) throws Exception {
    for (Map.Entry<String, String> entry : inputs.entrySet()) {
      HttpResponse<String> saved =
          office.selfScore(
              entry.getKey(),
              "{\"inputs\": " + entry.getValue() + ", \"explanation\": \"Có văn bản kèm theo\"}");
      assertEquals(200, saved.statusCode(), saved.body());
    }
  }

  private void unlink(String href, String code) throws Exception {
    Matcher id = Pattern.compile("/files/evidence/(\\d+)/file").matcher(href);
    if (id.find()) {
      office.delete("evidence/" + id.group(1) + "/links/" + code);
    }
  }

  private String inputsOf(String code) throws Exception {
    JsonObject criterion =
        criteria().stream().filter(c -> c.getString("code").equals(code)).findFirst().orElseThrow();
    JsonObject inputs = criterion.getJsonObject("inputs");
    return inputs.getJsonNumber("achieved").intValue()
        + "/"
        + inputs.getJsonNumber("total").intValue();
  }

  private List<JsonObject> criteria() throws Exception {
    return ((JsonArray) Api.json(office.get("assessments/1/criteria")))
        .getValuesAs(JsonObject.class);
  }

  /**
   * Notes in the page whether PrimeFaces ever put a progress bar into the upload, however short the
   * upload; the slowed network below makes it long enough to be seen as well.
   */
  private static void watchForUploadProgress(Browser browser) {
    browser.js(
        "window.uploadProgressSeen = false;"
            + "new MutationObserver(changes => changes.forEach(change =>"
            + "  change.addedNodes.forEach(node => {"
            + "    if (node.nodeType === 1 && (node.matches('.ui-fileupload-progress')"
            + "        || node.querySelector('.ui-fileupload-progress .ui-progressbar'))) {"
            + "      window.uploadProgressSeen = true;"
            + "    }"
            + "  }))).observe(document.body, {childList: true, subtree: true});");
  }

  private static void slowNetwork(Browser browser, int latencyMillis) {
    ((ChromeDriver) browser.driver).executeCdpCommand("Network.enable", Map.of());
    ((ChromeDriver) browser.driver)
        .executeCdpCommand(
            "Network.emulateNetworkConditions",
            Map.of(
                "offline",
                false,
                "latency",
                latencyMillis,
                "downloadThroughput",
                -1,
                "uploadThroughput",
                -1));
  }

  private static void normalNetwork(Browser browser) {
    slowNetwork(browser, 0);
  }

  private static void openDialog(Browser browser, String code) {
    browser.click(editButtonOf(code));
    browser.waitForAjax();
    browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:explanation")));
  }

  private static String text(Browser browser, By by) {
    return browser.driver.findElement(by).getText().strip();
  }

  private static By rowOf(String code) {
    return By.xpath(
        "//tr[.//span[contains(@class,'criterion-code') and normalize-space()='" + code + "']]");
  }

  private static By statusOf(String code) {
    return By.xpath(
        "//tr[.//span[contains(@class,'criterion-code') and normalize-space()='"
            + code
            + "']]//span[contains(@id,':status')]");
  }

  private static By editButtonOf(String code) {
    return By.xpath(
        "//tr[.//span[contains(@class,'criterion-code') and normalize-space()='"
            + code
            + "']]//button[contains(@id,':edit')]");
  }

  private static By evidenceCountOf(String code) {
    return By.xpath(
        "//tr[.//span[contains(@class,'criterion-code') and normalize-space()='"
            + code
            + "']]//span[contains(@id,':evidenceCount')]");
  }

  private static String reviewRow(String code) {
    return "//*[@id='reviewForm:rows']//tr[.//span[contains(@class,'criterion-code')"
        + " and normalize-space()='"
        + code
        + "'] and .//span[contains(@class,'review-office') and normalize-space()='Phòng Tư pháp']]";
  }

  private static By reviewStatusOf(String code) {
    return By.xpath(reviewRow(code) + "//span[contains(@class,'status')]");
  }

  private static By reviewButtonOf(String code, String action) {
    return By.xpath(reviewRow(code) + "//button[contains(@id,':" + action + "')]");
  }
}
