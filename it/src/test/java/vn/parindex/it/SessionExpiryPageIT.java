package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The journey of a session that expires while an office types a score: "Lưu" goes to the sign-in
 * page saying so instead of doing nothing, signing in comes back to the page, and the scoring
 * dialog offers what was typed. A deep link followed while signed out is where sign-in leads.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionExpiryPageIT {
  private static final String CRITERION = "2.1";

  @Test
  void anActionOnAnExpiredSessionSignsInAgainComesBackAndOffersWhatWasTyped() throws Exception {
    List<Map<String, Object>> before = TestDatabase.selfScoreRows(CRITERION);
    String typed = "Đã nhập trước khi phiên hết hạn " + System.nanoTime();
    try (Browser browser = new Browser()) {
      browser.login("tuphap");
      browser.open("assessment/criteria.xhtml?assessment=1");
      openDialogOf(browser, CRITERION);
      WebElement explanation = browser.driver.findElement(By.id("editForm:explanation"));
      explanation.clear();
      explanation.sendKeys(typed);

      browser.driver.manage().deleteCookieNamed("JSESSIONID"); // the session is gone
      browser.click(By.id("editForm:save"));

      browser.until(d -> d.getCurrentUrl().contains("/login.xhtml"));
      browser.waitForPage();
      String signIn = browser.driver.findElement(By.id("loginForm")).getText();
      assertTrue(signIn.contains("Phiên làm việc đã hết hạn"), signIn);
      assertNotEquals(
          typed,
          TestDatabase.selfScore("tu-phap", CRITERION)
              .map(TestDatabase.StoredScore::explanation)
              .orElse(null));

      signIn(browser, "tuphap");
      browser.until(d -> d.getCurrentUrl().endsWith("/assessment/criteria.xhtml?assessment=1"));
      browser.waitForPage();
      openDialogOf(browser, CRITERION);
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("scoreDraft")));
      browser.click(By.id("scoreDraftRestore"));

      assertEquals(
          typed, browser.driver.findElement(By.id("editForm:explanation")).getAttribute("value"));
      assertTrue(!browser.driver.findElement(By.id("scoreDraft")).isDisplayed());
    } finally {
      TestDatabase.restoreSelfScores(before, CRITERION);
    }
  }

  @Test
  void anActionOnAPageWhoseStateTheServerLostReloadsThePageAndOffersWhatWasTyped()
      throws Exception {
    List<Map<String, Object>> before = TestDatabase.selfScoreRows(CRITERION);
    String typed = "Đã nhập trên một trang cũ " + System.nanoTime();
    try (Browser browser = new Browser()) {
      browser.login("tuphap");
      browser.open("assessment/criteria.xhtml?assessment=1");
      openDialogOf(browser, CRITERION);
      WebElement explanation = browser.driver.findElement(By.id("editForm:explanation"));
      explanation.clear();
      explanation.sendKeys(typed);

      // still signed in, but the server no longer has this page's state
      browser.js(
          "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
              + ".forEach(function (i) { i.value = '1:1'; })");
      browser.clickToNewPage(By.id("editForm:save"));
      assertTrue(
          browser.driver.getCurrentUrl().endsWith("/assessment/criteria.xhtml?assessment=1"),
          browser.driver.getCurrentUrl());
      openDialogOf(browser, CRITERION);
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("scoreDraft")));
      browser.click(By.id("scoreDraftRestore"));
      assertEquals(
          typed, browser.driver.findElement(By.id("editForm:explanation")).getAttribute("value"));
    } finally {
      TestDatabase.restoreSelfScores(before, CRITERION);
    }
  }

  @Test
  void aDeepLinkFollowedWhileSignedOutIsWhereSignInLeads() {
    try (Browser browser = new Browser()) {
      browser.open("assessment/review.xhtml?assessment=1");
      assertTrue(browser.driver.getCurrentUrl().contains("/login.xhtml"));
      assertTrue(
          browser.driver.findElements(By.id("loginForm:expired")).isEmpty(),
          "never signed in: nothing expired");

      signIn(browser, "noivu");

      browser.until(d -> d.getCurrentUrl().endsWith("/assessment/review.xhtml?assessment=1"));
    }
  }

  /** Signs in on the sign-in page the browser shows. */
  private static void signIn(Browser browser, String username) {
    browser.driver.findElement(By.id("loginForm:username")).sendKeys(username);
    browser.driver.findElement(By.id("loginForm:password")).sendKeys(Api.PASSWORD);
    browser.driver.findElement(By.id("loginForm:submit")).click();
    browser.until(d -> !d.getCurrentUrl().contains("/login.xhtml"));
    browser.waitForPage();
  }

  private static void openDialogOf(Browser browser, String code) {
    browser
        .driver
        .findElement(
            By.xpath(
                "//tr[.//span[contains(@class,'criterion-code') and normalize-space()='"
                    + code
                    + "']]//button[contains(@id,':edit')]"))
        .click();
    browser.waitForAjax();
    browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:explanation")));
  }
}
