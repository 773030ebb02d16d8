package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator opens an account for a new officer of Phòng Tư pháp from the page and finds it
 * in the accounts table. The account is disabled afterwards, so that only the demo accounts sign in
 * for the other tests.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationPageIT {
  private static final String UNIT = "UBND huyện An Lão";

  @Test
  void theAdministratorCreatesAnAccountAndSeesItInTheTable() throws Exception {
    String username = "tuphap." + Long.toString(System.nanoTime(), 36);
    try (Browser browser = new Browser()) {
      browser.login("admin");
      browser.click(By.id("topbarForm:adminOrganisation"));
      browser.waitForPage();
      assertTrue(browser.driver.getCurrentUrl().contains("admin/organisation.xhtml"));
      assertTrue(
          browser.driver.findElement(By.id("unitsForm")).getText().contains("Phòng Nội vụ"),
          "the demo unit's offices are listed");

      browser.click(By.id("usersForm:addUser"));
      browser.waitForAjax();
      WebElement name =
          browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("userForm:username")));
      name.sendKeys(username);
      browser.driver.findElement(By.id("userForm:displayName")).sendKeys("Trần Thị Bình");
      browser.pick("userForm:unitId", UNIT);
      browser.pick("userForm:officeId", "Phòng Tư pháp");
      browser.driver.findElement(By.id("userForm:password")).sendKeys("mat-khau-an-toan");
      browser.click(By.id("userForm:save"));
      browser.waitForAjax();
      browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("userDialog")));

      WebElement row =
          browser.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.xpath(
                      "//tbody[@id='usersForm:users_data']/tr[.//strong[normalize-space()='"
                          + username
                          + "']]")));
      assertTrue(row.getText().contains("Trần Thị Bình"), row.getText());
      assertTrue(row.getText().contains("Phòng Tư pháp"), row.getText());
      assertTrue(row.getText().contains("Phòng chuyên môn"), row.getText());
      assertEquals("Hoạt động", row.findElement(By.cssSelector("[id$=':status']")).getText());
      screenshot(browser);
    } finally {
      new Api("admin").post("users/" + username + "/disable", "");
    }
  }

  /** The page with the new account, for the README. */
  private static void screenshot(Browser browser) throws Exception {
    browser.driver.manage().window().setSize(new Dimension(1400, 1300));
    browser.js(
        "window.scrollTo(0, 0); document.querySelectorAll('.ui-growl').forEach(g => g.remove())");
    Path target = Path.of("target", "screenshots", "organisation.png");
    Files.createDirectories(target.getParent());
    Files.write(target, ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
  }
}
