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
}
