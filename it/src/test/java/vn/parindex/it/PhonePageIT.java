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

/**
 * Commune staff on a phone (390 × 844, issue 13, 2): the top bar folds into a menu, criteria read
 * as cards, the scoring dialog takes the screen with nothing to scroll sideways, and documents can
 * come from the camera; Phòng Nội vụ's review reads the same way.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhonePageIT {
  private static final int WIDTH = 390;

  @Test
  void anOfficeScoresFromAPhone() throws Exception {
    ScoringCommune commune = new ScoringCommune("điện thoại");
    try (Browser browser = Browser.phone()) {
      browser.login(commune.officeUser, ScoringCommune.PASSWORD);
      browser.open("assessment/criteria.xhtml?assessment=" + commune.assessment);
      assertEquals(WIDTH, ((Number) browser.js("return window.innerWidth")).intValue());
      assertEquals("", browser.sidewaysOverflow());

      WebElement logout = browser.driver.findElement(By.id("topbarForm:logout"));
      assertFalse(logout.isDisplayed(), "folded under the menu");
      browser.click(By.id("topbarToggle"));
      browser.until(ExpectedConditions.visibilityOf(logout));
      assertInside(logout.getRect());
      assertEquals(
          "true", browser.driver.findElement(By.id("topbarToggle")).getAttribute("aria-expanded"));
      browser.click(By.id("topbarToggle"));
      browser.until(ExpectedConditions.invisibilityOf(logout));

      // each criterion a card whose name reads in full width
      WebElement name = nameCell(browser, "1.2");
      assertTrue(name.isDisplayed());
      assertTrue(name.getText().contains("Sáng kiến CCHC"), name.getText());
      assertTrue(name.getRect().getWidth() > 250, "name " + name.getRect().getWidth() + " px wide");
      assertEquals("block", row(browser, "1.2").getCssValue("display"));
      browser.screenshot("phone-my-criteria.png");

      browser.click(By.xpath(rowPath("1.2") + "//button[contains(@id,':edit')]"));
      browser.waitForAjax();
      WebElement dialog =
          browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("editDialog")));
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("editForm:points")));
      Rectangle screen = dialog.getRect();
      assertEquals(0, screen.getX());
      assertEquals(WIDTH, screen.getWidth());
      assertEquals("", browser.sidewaysOverflow());
      assertEquals(
          Boolean.TRUE,
          browser.js(
              "const c = document.querySelector('#editDialog .ui-dialog-content');"
                  + " return c.scrollWidth <= c.clientWidth"
                  + " && c.getBoundingClientRect().right <= window.innerWidth;"),
          "nothing in the dialog scrolls sideways");
      String accept =
          browser
              .driver
              .findElement(By.cssSelector("[id='uploadForm:file'] input[type=file]"))
              .getAttribute("accept");
      assertTrue(accept.contains("image/jpeg") && accept.contains("application/pdf"), accept);
      browser.screenshot("phone-scoring-dialog.png");

      browser.type("editForm:points", "2");
      browser.until(ExpectedConditions.textToBe(By.id("editForm:preview"), "2,00"));
      browser.click(By.id("editForm:save"));
      browser.waitForAjax();
      browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
      browser.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("criteriaForm:submitMessages"), "Đã lưu điểm tiêu chí 1.2"));
      assertEquals("", browser.sidewaysOverflow());
    }
  }

  @Test
  void theReviewReadsAsCardsOnAPhone() throws Exception {
    ScoringCommune commune = new ScoringCommune("xem xét điện thoại");
    assertEquals(200, commune.saveMet("1.1").statusCode());
    try (Browser browser = Browser.phone()) {
      browser.login(commune.consolidatorUser, ScoringCommune.PASSWORD);
      browser.open("assessment/review.xhtml?assessment=" + commune.assessment);
      assertEquals("", browser.sidewaysOverflow());
      WebElement row =
          browser.driver.findElement(
              By.xpath("//*[@id='reviewForm:rows']//tr[@data-rk='1.1/tu-phap']"));
      assertEquals("block", row.getCssValue("display"));
      assertTrue(row.getText().contains("Kế hoạch CCHC"), row.getText());
      assertInside(row.getRect());
      browser.screenshot("phone-review.png");
    }
  }

  private static void assertInside(Rectangle rect) {
    assertTrue(rect.getX() >= 0 && rect.getX() + rect.getWidth() <= WIDTH, rect.toString());
  }

  private static String rowPath(String code) {
    return "//tr[.//span[contains(@class,'criterion-code') and normalize-space()='" + code + "']]";
  }

  private static WebElement row(Browser browser, String code) {
    return browser.driver.findElement(By.xpath(rowPath(code)));
  }

  private static WebElement nameCell(Browser browser, String code) {
    return row(browser, code).findElement(By.xpath("./td[2]"));
  }
}
