package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The home page tells an office what needs doing (issue 13, 5): its returned criteria and its
 * notices; a notice leaves once dealt with, by the office marking it done or by saving the returned
 * criterion again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfficeWorkPageIT {
  private static final String COMMENT = "Thiếu quyết định công nhận sáng kiến";

  @Test
  void returnedCriteriaAndNoticesWaitOnTheHomePageUntilDealtWith() throws Exception {
    ScoringCommune commune = new ScoringCommune("việc cần làm");
    assertEquals(200, commune.saveMet("1.1").statusCode());
    assertEquals(200, commune.saveMet("2.1").statusCode());
    assertEquals(200, savePoints(commune, "2.5").statusCode());
    commune.upload("1.1");
    String base = "assessments/" + commune.assessment;
    assertEquals(204, commune.office.post(base + "/submit", "").statusCode());
    assertEquals(
        204,
        commune
            .consolidator
            .post(base + "/review/1.2/tu-phap/return", "{\"text\": \"" + COMMENT + "\"}")
            .statusCode());

    try (Browser browser = new Browser()) {
      // Phòng Nội vụ was told of the submission, and marks it done
      browser.login(commune.consolidatorUser, ScoringCommune.PASSWORD);
      WebElement notice =
          browser.driver.findElement(
              By.xpath("//li[contains(@class,'work-notice') and contains(., 'Phòng tu-phap')]"));
      assertTrue(notice.getText().contains("đã gửi kết quả tự đánh giá"), notice.getText());
      browser.click(
          By.xpath("//li[contains(@class,'work-notice')]//button[contains(@id,':done')]"));
      browser.waitForAjax();
      browser.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("officeWorkForm:workMessages"), "Đã đánh dấu thông báo là đã xử lý."));
      assertTrue(browser.driver.findElements(By.cssSelector("li.work-notice")).isEmpty());
      browser.open("");
      assertTrue(browser.driver.findElements(By.cssSelector("li.work-notice")).isEmpty());

      // the office finds its returned criterion and the comment on its home page
      browser.driver.manage().deleteAllCookies();
      browser.login(commune.officeUser, ScoringCommune.PASSWORD);
      WebElement returned = browser.driver.findElement(By.cssSelector("li.returned-criterion"));
      assertTrue(returned.getText().contains("1.2 Sáng kiến CCHC"), returned.getText());
      assertTrue(returned.getText().contains(COMMENT), returned.getText());
      String notices = browser.driver.findElement(By.cssSelector(".work-notices")).getText();
      assertTrue(notices.contains("trả lại tiêu chí 1.2: " + COMMENT), notices);
      browser.clickToNewPage(By.cssSelector("li.returned-criterion a"));
      assertTrue(browser.driver.getCurrentUrl().contains("assessment=" + commune.assessment));

      // saving the criterion again deals with the return and its notice
      assertEquals(200, savePoints(commune, "3").statusCode());
      browser.open("");
      assertTrue(browser.driver.findElements(By.cssSelector("li.returned-criterion")).isEmpty());
      assertTrue(browser.driver.findElements(By.cssSelector("li.work-notice")).isEmpty());
      assertTrue(browser.driver.findElements(By.cssSelector(".office-work")).isEmpty());
    }
  }

  private static java.net.http.HttpResponse<String> savePoints(
      ScoringCommune commune, String points) throws Exception {
    return commune.office.put(
        "assessments/" + commune.assessment + "/criteria/1.2/self-score",
        "{\"inputs\": {\"points\": " + points + "}, \"explanation\": \"Có 1 sáng kiến\"}");
  }

  /** Callers without an office of their own have no office work: their home page is as before. */
  @Test
  void theHomePageOfCallersWithoutAnOfficeHasNoOfficeWork() {
    for (String user : new String[] {"admin", "lanhdao"}) {
      try (Browser browser = new Browser()) {
        browser.login(user);
        assertTrue(browser.driver.findElements(By.cssSelector(".office-work")).isEmpty(), user);
        assertTrue(
            browser.driver.findElement(By.id("assessments")).isDisplayed(),
            user + ": " + browser.driver.findElement(By.tagName("body")).getText());
      }
    }
  }
}
