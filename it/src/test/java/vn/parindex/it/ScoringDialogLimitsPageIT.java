package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The scoring dialog applies the API's limits of the inputs as the user types. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScoringDialogLimitsPageIT {

  @Test
  void moreAchievedThanTheTotalIsToldNextToTheFieldWithNoPointsShownAndNothingSaved()
      throws Exception {
    var saved = TestDatabase.selfScore("tu-phap", "2.1");
    try (Browser browser = new Browser()) {
      browser.login("tuphap");
      browser.open("assessment/criteria.xhtml?assessment=1");
      browser
          .driver
          .findElement(
              By.xpath(
                  "//tr[.//span[contains(@class,'criterion-code') and normalize-space()='2.1']]"
                      + "//button[contains(@id,':edit')]"))
          .click();
      browser.waitForAjax();
      WebElement achieved =
          browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:achieved")));
      WebElement total = browser.driver.findElement(By.id("editForm:total"));
      total.clear();
      total.sendKeys("8");
      browser.waitForAjax();
      achieved.clear();
      achieved.sendKeys("9");

      WebElement message =
          browser.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("[id='editForm:achievedLimit'] .ui-message-error")));
      assertTrue(message.getText().contains("không được lớn hơn tổng số"), message.getText());
      // the preview is re-rendered by each keystroke's request: wait for the last one's text
      browser.until(
          ExpectedConditions.textToBe(By.id("editForm:preview"), "Nhập đủ thông tin để tính điểm"));

      achieved.clear();
      achieved.sendKeys("7,5");
      browser.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("editForm:achievedLimit"), "số nguyên"));
      // the preview is re-rendered by each keystroke's request: wait for the last one's text
      browser.until(
          ExpectedConditions.textToBe(By.id("editForm:preview"), "Nhập đủ thông tin để tính điểm"));

      browser.driver.findElement(By.id("editForm:save")).click();
      browser.waitForAjax();
      assertTrue(browser.driver.findElement(By.id("editDialog")).isDisplayed());
      assertEquals(saved, TestDatabase.selfScore("tu-phap", "2.1"));

      // the save re-rendered the form: its fields are new elements
      achieved = browser.driver.findElement(By.id("editForm:achieved"));
      achieved.clear();
      achieved.sendKeys("8");
      browser.until(ExpectedConditions.textToBe(By.id("editForm:preview"), "2,00"));
      assertTrue(
          browser
              .driver
              .findElements(By.cssSelector("[id='editForm:achievedLimit'] .ui-message-error"))
              .isEmpty());
    }
  }

  /**
   * One message, in the right place (issue 13, 3): a refused submit and a save each say so once, in
   * the flow of the page and never over the submit button; a field's error stands next to it while
   * the preview says nothing is computed, and clears once the value is fixed.
   */
  @Test
  void eachAnswerIsSaidOnceBesideTheSubmitBarAndAFieldErrorClearsOnceFixed() throws Exception {
    ScoringCommune commune = new ScoringCommune("thông báo");
    try (Browser browser = new Browser()) {
      browser.login(commune.officeUser, ScoringCommune.PASSWORD);
      browser.open("assessment/criteria.xhtml?assessment=" + commune.assessment);

      browser.confirm(By.id("criteriaForm:submit"));
      browser.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("criteriaForm:submitMessages"), "Chưa thể gửi"));
      assertEquals(1, browser.occurrences("Chưa thể gửi: còn 3 tiêu chí cần hoàn thiện."));
      assertEquals(1, browser.occurrences("Kế hoạch CCHC: Chưa chấm điểm."));
      assertTrue(browser.driver.findElements(By.cssSelector(".ui-growl-item")).isEmpty());

      browser.click(
          By.xpath(
              "//tr[.//span[contains(@class,'criterion-code') and normalize-space()='1.2']]"
                  + "//button[contains(@id,':edit')]"));
      browser.waitForAjax();
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:points")));
      browser.type("editForm:points", "2");
      browser.until(ExpectedConditions.textToBe(By.id("editForm:preview"), "2,00"));
      browser.type("editForm:points", "2x");
      browser.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("editForm:pointsLimit"), "không phải là số hợp lệ"));
      // the last valid value is not shown as if it were this one
      assertEquals(
          "Nhập đủ thông tin để tính điểm",
          browser.driver.findElement(By.id("editForm:preview")).getText());
      browser.type("editForm:points", "3");
      browser.until(ExpectedConditions.textToBe(By.id("editForm:preview"), "3,00"));
      assertEquals("", browser.driver.findElement(By.id("editForm:pointsLimit")).getText());

      browser.click(By.id("editForm:save"));
      browser.waitForAjax();
      browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
      WebElement saved =
          browser.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.cssSelector("[id='criteriaForm:submitMessages'] .ui-messages-info")));
      assertTrue(saved.getText().contains("Đã lưu điểm tiêu chí 1.2: 3 điểm."), saved.getText());
      assertEquals(1, browser.occurrences("Đã lưu điểm tiêu chí 1.2"));
      assertFalse(
          browser.occurrences("Chưa thể gửi") > 0, "the submit's answer gave way to the save's");
      Rectangle message = saved.getRect();
      Rectangle submit = browser.driver.findElement(By.id("criteriaForm:submit")).getRect();
      assertTrue(
          message.getY() >= submit.getY() + submit.getHeight()
              || message.getY() + message.getHeight() <= submit.getY(),
          "the message " + message + " stays clear of the submit button " + submit);
      assertTrue(browser.driver.findElements(By.cssSelector(".ui-growl-item")).isEmpty());
    }
  }
}
