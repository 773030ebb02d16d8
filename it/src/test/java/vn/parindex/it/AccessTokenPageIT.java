package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A user creates a personal access token in the portal, sees its secret once, and revokes it after
 * the confirmation: the API takes the token until then and refuses it after.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessTokenPageIT {

  @Test
  void aUserCreatesATokenSeesItOnceAndRevokesIt() throws Exception {
    String username = "tok.page." + Long.toString(System.nanoTime(), 36);
    String password = SignIns.strongPassword();
    SignIns.openAccount(username, password);

    try (Browser browser = new Browser()) {
      browser.login(username, password);
      browser.clickToNewPage(By.id("topbarForm:accountTokens"));
      assertTrue(browser.driver.getCurrentUrl().contains("account/tokens.xhtml"));

      browser.type("createForm:name", "Phần mềm tổng hợp");
      browser.click(By.id("createForm:create"));
      browser.waitForAjax();
      String secret =
          browser
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("secretValue")))
              .getText()
              .strip();
      assertTrue(secret.matches("pat_[A-Za-z0-9_-]{43}"), secret);
      assertEquals(200, Api.bearer(secret).get("assessments").statusCode());
      assertTrue(
          browser
              .driver
              .findElement(By.id("listForm:tokens"))
              .getText()
              .contains("Phần mềm tổng hợp"));

      // on a phone the secret wraps and the page does not scroll sideways
      browser.driver.manage().window().setSize(new Dimension(390, 844));
      assertEquals("", browser.sidewaysOverflow());

      // once dismissed, or on the page's next visit, the secret is nowhere to be seen again
      browser.click(By.id("secretForm:dismiss"));
      browser.waitForAjax();
      assertTrue(browser.driver.findElements(By.id("secretValue")).isEmpty());
      browser.open("account/tokens.xhtml");
      assertTrue(browser.driver.findElements(By.id("secretValue")).isEmpty());
      assertTrue(!browser.driver.getPageSource().contains(secret), "the secret is gone");

      browser.click(By.id("listForm:tokens:0:revoke"));
      browser.waitForAjax();
      browser
          .until(ExpectedConditions.elementToBeClickable(By.id("revokeForm:confirmRevoke")))
          .click();
      browser.waitForAjax();
      browser.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("listForm:tokens"), "Đã thu hồi"));
      assertEquals(401, Api.bearer(secret).get("assessments").statusCode());
      assertEquals("", browser.sidewaysOverflow());
    }
  }
}
