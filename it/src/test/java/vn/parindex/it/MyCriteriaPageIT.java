package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Phòng Tư pháp scores one of its criteria in the portal, in a real headless browser. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MyCriteriaPageIT {

  @Test
  void theJusticeOfficeScoresACriterionAndFindsItKeptAfterReload() {
    try (Browser browser = new Browser()) {
      browser.login("tuphap");
      // the demo assessment's button: other tests may add assessments of other years
      browser.driver.findElements(By.cssSelector("[id$='myCriteria']")).stream()
          .filter(b -> b.getAttribute("outerHTML").matches("(?s).*assessment=1(?!\\d).*"))
          .findFirst()
          .orElseThrow()
          .click();
      browser.waitForPage();

      assertEquals(List.of("2.1", "2.2.1", "2.2.2", "2.3", "2.4"), codes(browser));
      assertTrue(browser.driver.getPageSource().contains("dữ liệu minh họa"));
      // the evidence count says what it counts
      assertEquals(
          5,
          browser
              .driver
              .findElements(By.xpath("//span[@class='evidence-label' and .='tài liệu']"))
              .size());

      editButtonOf(browser, "2.2.1").click();
      browser.waitForAjax();
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:timeliness")));
      browser.driver.findElement(By.cssSelector("label[for='editForm:timeliness:1']")).click();
      browser.waitForAjax();
      assertEquals("0,50", browser.driver.findElement(By.id("editForm:preview")).getText());
      browser
          .driver
          .findElement(By.id("editForm:explanation"))
          .sendKeys("Kế hoạch ban hành trễ 5 ngày");
      browser.driver.findElement(By.id("editForm:save")).click();
      browser.waitForAjax();
      browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));

      browser.driver.navigate().refresh();
      browser.waitForPage();

      assertEquals("0,5", scoreOf(browser, "2.2.1"));
      editButtonOf(browser, "2.2.1").click();
      browser.waitForAjax();
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:explanation")));
      assertEquals(
          "Kế hoạch ban hành trễ 5 ngày",
          browser.driver.findElement(By.id("editForm:explanation")).getAttribute("value"));
      assertTrue(browser.driver.findElement(By.id("editForm:timeliness:1")).isSelected());
      String history =
          browser.driver.findElement(By.id("historyForm:history")).getAttribute("textContent");
      assertTrue(history.contains("tuphap"), history);
      // in words, with the decimal comma: never the stored "0.50; timeliness=LATE"
      assertTrue(
          history.contains("0,50 điểm · Trễ hạn · Giải trình: Kế hoạch ban hành trễ 5 ngày"),
          history);
      assertFalse(history.contains("timeliness="), history);
    }
  }

  @Test
  void aRatioCriterionShowsItsPointsWhileTheUserTypes() {
    try (Browser browser = new Browser()) {
      browser.login("tuphap");
      browser.open("assessment/criteria.xhtml?assessment=1");

      editButtonOf(browser, "2.1").click();
      browser.waitForAjax();
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:achieved")));
      WebElement achieved = browser.driver.findElement(By.id("editForm:achieved"));
      WebElement total = browser.driver.findElement(By.id("editForm:total"));
      achieved.clear();
      achieved.sendKeys("8");
      browser.waitForAjax();
      total.clear();
      total.sendKeys("10");
      browser.until(ExpectedConditions.textToBe(By.id("editForm:preview"), "1,00"));
      total.clear();
      total.sendKeys("8");
      browser.until(ExpectedConditions.textToBe(By.id("editForm:preview"), "2,00"));
    }
  }

  @Test
  void pointsAboveTheMaximumAreRefusedNextToTheFieldAndTheSavedScoreStays() throws Exception {
    try (Browser browser = new Browser()) {
      browser.login("noivu");
      browser.open("assessment/criteria.xhtml?assessment=1");
      scoreManually(browser, "1.7", "1,5");
      browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));

      scoreManually(browser, "1.7", "2,5");

      WebElement message =
          browser.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("[id='editForm:points'] ~ .ui-message-error, .ui-message-error")));
      assertTrue(message.getText().contains("từ 0 đến 2"), message.getText());
      assertTrue(browser.driver.findElement(By.id("editDialog")).isDisplayed());
      assertEquals(
          0,
          new BigDecimal("1.5")
              .compareTo(TestDatabase.selfScore("noi-vu", "1.7").orElseThrow().points()));
      browser.driver.navigate().refresh();
      browser.waitForPage();
      assertEquals("1,5", scoreOf(browser, "1.7"));
    }
  }

  @Test
  void thePortalSpeaksEnglishWhenAsked() {
    try (Browser browser = new Browser()) {
      browser.login("tuphap");
      browser.switchLanguage("en");
      browser.open("assessment/criteria.xhtml?assessment=1");

      assertEquals("My criteria", browser.driver.findElement(By.tagName("h1")).getText());
      assertTrue(browser.driver.getPageSource().contains("Max points"));
    }
  }

  @Test
  void anAssessmentThatDoesNotExistIsSaidNotFoundRatherThanWithoutCriteria() {
    try (Browser browser = new Browser()) {
      browser.login("tuphap");
      browser.open("assessment/criteria.xhtml?assessment=999999");
      String text = browser.driver.findElement(By.id("criteriaForm:notFound")).getText();
      assertTrue(text.contains("Không tìm thấy đợt đánh giá này"), text);
      assertFalse(browser.driver.getPageSource().contains("chưa được phân công tiêu chí nào"));
    }
  }

  @Test
  void aWrongPasswordIsToldOnTheLoginPage() {
    try (Browser browser = new Browser()) {
      browser.open("login.xhtml");
      browser.driver.findElement(By.id("loginForm:username")).sendKeys("tuphap");
      browser.driver.findElement(By.id("loginForm:password")).sendKeys("not-the-password");
      browser.driver.findElement(By.id("loginForm:submit")).click();
      browser.waitForPage();

      assertTrue(
          browser.driver.findElement(By.id("loginForm:messages")).getText().contains("không đúng"));
      browser.open("");
      assertTrue(browser.driver.getCurrentUrl().endsWith("/login.xhtml"));
    }
  }

  private static void scoreManually(Browser browser, String code, String points) {
    editButtonOf(browser, code).click();
    browser.waitForAjax();
    WebElement input =
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:points")));
    input.clear();
    input.sendKeys(points);
    browser.waitForAjax();
    browser.driver.findElement(By.id("editForm:save")).click();
    browser.waitForAjax();
  }

  private static List<String> codes(Browser browser) {
    return browser.driver.findElements(By.cssSelector(".criterion-code")).stream()
        .map(WebElement::getText)
        .toList();
  }

  private static WebElement rowOf(Browser browser, String code) {
    return browser.driver.findElement(
        By.xpath(
            "//tr[.//span[contains(@class,'criterion-code') and normalize-space()='"
                + code
                + "']]"));
  }

  private static WebElement editButtonOf(Browser browser, String code) {
    return rowOf(browser, code).findElement(By.cssSelector("button[id$=':edit']"));
  }

  private static String scoreOf(Browser browser, String code) {
    return rowOf(browser, code).findElement(By.cssSelector("span[id$=':score']")).getText();
  }
}
