package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator gives an integration's account a token on admin/tokens.xhtml and revokes it
 * through the confirmation: the API takes the token, then refuses it. Anyone else is refused the
 * page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountTokensPageIT {
  private static final String PAGE = "admin/tokens.xhtml";

  @Test
  void theAdministratorGivesAnIntegrationATokenAndRevokesIt() throws Exception {
    String username = "tich.hop." + Long.toString(System.nanoTime(), 36);
    SignIns.openAccount(username, SignIns.strongPassword());

    try (Browser browser = new Browser()) {
      browser.login("admin");
      browser.clickToNewPage(By.id("topbarForm:adminTokens"));
      assertTrue(browser.driver.getCurrentUrl().contains(PAGE));

      // an account that does not exist is said so, and no token form appears
      browser.type("accountForm:username", "khong.co." + username);
      browser.click(By.id("accountForm:show"));
      browser.waitForAjax();
      assertTrue(
          browser
              .until(
                  ExpectedConditions.visibilityOfElementLocated(
                      By.id("accountForm:accountMessages")))
              .getText()
              .contains("Không tìm thấy tài khoản khong.co." + username));
      assertTrue(browser.driver.findElements(By.id("createForm:create")).isEmpty());

      browser.type("accountForm:username", username);
      browser.click(By.id("accountForm:show"));
      browser.waitForAjax();
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("listForm:tokens")));

      browser.type("createForm:name", "Phần mềm tích hợp");
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
              .contains("Phần mềm tích hợp"));

      browser.confirm(By.id("listForm:tokens:0:revoke"));
      browser.until(
          ExpectedConditions.invisibilityOfElementLocated(By.id("listForm:tokens:0:revoke")));
      assertTrue(
          browser.driver.findElement(By.id("listForm:tokens")).getText().contains("Đã thu hồi"));
      assertEquals(401, Api.bearer(secret).get("assessments").statusCode());
      assertFalse(browser.driver.getPageSource().contains(secret), "the secret is shown once");
    }
  }

  @Test
  void anOfficeIsRefusedThePage() throws Exception {
    try (Browser browser = new Browser()) {
      browser.login("tuphap");
      assertTrue(browser.driver.findElements(By.id("topbarForm:adminTokens")).isEmpty());
      Object status =
          browser.js("return fetch('/" + PAGE + "').then(function (r) { return r.status; })");
      assertEquals(403L, ((Number) status).longValue());
    }
  }
}
