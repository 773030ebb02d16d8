package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Phòng Nội vụ works through the review page as a list (issue 13, 1): filters with their counts,
 * each row's documents, labelled actions, the place in the list kept, and the keyboard.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReviewWorkListPageIT {
  private static final Logger LOG = Logger.getLogger(ReviewWorkListPageIT.class.getName());
  private static final String TABLE = "//*[@id='reviewForm:rows']";

  @Test
  void theConsolidatorFiltersReadsTheDocumentsAndAcceptsFromTheKeyboardWithoutLosingItsPlace()
      throws Exception {
    ScoringCommune commune = submittedCommuneSharingACriterion();
    try (Browser browser = new Browser()) {
      browser.login(commune.consolidatorUser, ScoringCommune.PASSWORD);
      browser.open("assessment/review.xhtml?assessment=" + commune.assessment);

      assertEquals(4, rows(browser).size());
      assertEquals("Đang hiển thị 4/4 dòng.", text(browser, By.id("reviewForm:shown")));
      assertEquals(
          List.of("Tất cả 4", "Chưa chấm 1", "Đã chấm (nháp) 0", "Đã gửi 3"),
          statusChoices(browser).subList(0, 4));

      browser.pick("reviewForm:officeFilter", "Phòng van-phong (1)");
      browser.until(
          ExpectedConditions.textToBe(By.id("reviewForm:shown"), "Đang hiển thị 1/4 dòng."));
      assertEquals(List.of("Tất cả 1", "Chưa chấm 1"), statusChoices(browser).subList(0, 2));
      browser.click(By.id("reviewForm:clearFilters"));
      browser.until(
          ExpectedConditions.textToBe(By.id("reviewForm:shown"), "Đang hiển thị 4/4 dòng."));
      browser.click(
          By.xpath("//*[@id='reviewForm:statusFilter']//*[normalize-space()='Đã gửi 3']"));
      browser.until(
          ExpectedConditions.textToBe(By.id("reviewForm:shown"), "Đang hiển thị 3/4 dòng."));
      browser.click(By.id("reviewForm:clearFilters"));
      browser.until(
          ExpectedConditions.textToBe(By.id("reviewForm:shown"), "Đang hiển thị 4/4 dòng."));

      // the actions say what they do; the documents open from their row
      WebElement documents = button(browser, "1.1", "tu-phap", "evidence");
      assertEquals("Tài liệu (1)", documents.getText().strip());
      assertEquals("Chấp nhận", button(browser, "1.1", "tu-phap", "accept").getText().strip());
      assertEquals("Trả lại", button(browser, "1.1", "tu-phap", "return").getText().strip());
      documents.click();
      browser.waitForAjax();
      WebElement dialog =
          browser.until(
              ExpectedConditions.visibilityOfElementLocated(By.id("reviewEvidenceDialog")));
      assertTrue(dialog.getText().contains("bao-cao.pdf"), dialog.getText());
      assertTrue(
          dialog
              .findElement(By.cssSelector("a[id$=':download']"))
              .getAttribute("href")
              .contains("/files/evidence/"));
      browser.click(By.id("reviewEvidenceForm:close"));
      browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("reviewEvidenceDialog")));

      // the keyboard: down from 1.1 to 1.2, accept it, and stay on that row
      browser.js("arguments[0].focus()", row(browser, "1.1", "tu-phap"));
      browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
      assertEquals(
          "1.2/tu-phap", browser.js("return document.activeElement.getAttribute('data-rk')"));
      browser.driver.switchTo().activeElement().sendKeys("a");
      browser.waitForAjax();
      browser.until(ExpectedConditions.textToBe(status("1.2", "tu-phap"), "Đã chấp nhận"));
      assertEquals(
          "1.2/tu-phap", browser.js("return document.activeElement.getAttribute('data-rk')"));
      assertEquals(1, browser.occurrences("Đã chấp nhận 1 tiêu chí."), "one message");

      // R opens the return of the focused row
      browser.driver.switchTo().activeElement().sendKeys(Keys.ARROW_UP);
      browser.driver.switchTo().activeElement().sendKeys("r");
      browser.waitForAjax();
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("returnForm:comment")));
      assertTrue(text(browser, By.id("returnForm")).contains("1.1 · Phòng tu-phap"));
      browser.js("PF('returnDialog').hide()");

      // an accept far down the page leaves the list where it was
      browser.driver.manage().window().setSize(new Dimension(1366, 420));
      browser.js("arguments[0].scrollIntoView({block: 'center'})", row(browser, "2.1", "tu-phap"));
      long before = scrollY(browser);
      assertTrue(before > 0, "the page scrolls at this height");
      button(browser, "2.1", "tu-phap", "accept").click();
      browser.waitForAjax();
      browser.until(ExpectedConditions.textToBe(status("2.1", "tu-phap"), "Đã chấp nhận"));
      assertTrue(Math.abs(scrollY(browser) - before) <= 2, before + " → " + scrollY(browser));

      browser.driver.manage().window().setSize(new Dimension(1366, 900));
      LOG.info(
          () ->
              "Review page, 4 rows at 1366 px: "
                  + browser.js("return document.documentElement.scrollHeight")
                  + " px tall");
    }
  }

  /**
   * The test's commune: Phòng tu-phap scored and submitted its three criteria with a document for
   * 1.1; criterion 2.1 is shared with Phòng van-phong, which has not scored it.
   */
  private static ScoringCommune submittedCommuneSharingACriterion() throws Exception {
    ScoringCommune commune = new ScoringCommune("xem xét");
    Api.json(
        commune.consolidator.put("assignments/" + commune.assessment + "/areas/2/van-phong", ""));
    assertEquals(200, commune.saveMet("1.1").statusCode());
    assertEquals(200, commune.saveMet("2.1").statusCode());
    assertEquals(
        200,
        commune
            .office
            .put(
                "assessments/" + commune.assessment + "/criteria/1.2/self-score",
                "{\"inputs\": {\"points\": 2.5}, \"explanation\": \"Có 1 sáng kiến\"}")
            .statusCode());
    commune.upload("1.1");
    assertEquals(
        204, commune.office.post("assessments/" + commune.assessment + "/submit", "").statusCode());
    return commune;
  }

  private static List<WebElement> rows(Browser browser) {
    return browser.driver.findElements(By.xpath(TABLE + "//tr[contains(@class,'review-row')]"));
  }

  private static WebElement row(Browser browser, String code, String office) {
    return browser.driver.findElement(
        By.xpath(TABLE + "//tr[@data-rk='" + code + "/" + office + "']"));
  }

  private static WebElement button(Browser browser, String code, String office, String action) {
    return row(browser, code, office).findElement(By.cssSelector("button[id$=':" + action + "']"));
  }

  private static By status(String code, String office) {
    return By.xpath(
        TABLE + "//tr[@data-rk='" + code + "/" + office + "']//span[contains(@class,'status ')]");
  }

  private static List<String> statusChoices(Browser browser) {
    return browser
        .driver
        .findElements(By.cssSelector("[id='reviewForm:statusFilter'] .ui-button"))
        .stream()
        .map(b -> b.getText().strip())
        .toList();
  }

  private static String text(Browser browser, By by) {
    return browser.driver.findElement(by).getText().strip();
  }

  private static long scrollY(Browser browser) {
    return ((Number) browser.js("return Math.round(window.scrollY)")).longValue();
  }
}
