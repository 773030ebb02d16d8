package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administrator revises the published demo index in the tree editor: a new component under 1.5
 * breaks the rule that a parent's max is the sum of its children's, the editor says so next to 1.5
 * and refuses to publish, and once the children are rebalanced the revision is published and
 * becomes read-only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminVersionPageIT {
  private static final String DEMO_VERSION = "Bộ chỉ số CCHC cấp huyện năm 2023 (dữ liệu minh họa)";
  private static final String REVISION = "Bộ chỉ số CCHC cấp huyện năm 2023 – sửa đổi lần 1";
  private static final String SUM_WARNING =
      "Điểm tối đa của 1.5 là 2 nhưng tổng điểm tối đa các nút con là 3.";

  @Test
  void theAdministratorRevisesThePublishedIndexFixesTheWarningAndPublishesTheRevision() {
    try (Browser browser = new Browser()) {
      browser.login("admin");

      browser.open("admin/version.xhtml?id=1");
      assertReadOnly(browser);
      selectNode(browser, "1.5");
      assertFalse(browser.driver.findElement(By.id("nodeForm:name")).isEnabled());

      reviseTheDemoVersion(browser);
      assertEquals("Bản nháp", browser.driver.findElement(By.id("actionsForm:status")).getText());
      assertTrue(browser.driver.findElements(By.id("readOnlyBanner")).isEmpty());
      assertTrue(browser.driver.findElement(By.id("publishable")).isDisplayed());

      selectNode(browser, "1.5");
      browser.click(By.id("nodeForm:addChild"));
      browser.waitForAjax();
      assertEquals(
          "1.5.3", browser.driver.findElement(By.id("nodeForm:code")).getAttribute("value"));
      browser.driver.findElement(By.id("nodeForm:name")).sendKeys("Công khai kết quả kiểm tra");
      browser.driver.findElement(By.id("nodeForm:maxPoints")).sendKeys("1");
      browser.pick("nodeForm:ruleType", "Đạt / không đạt");
      save(browser);

      assertEquals(List.of(SUM_WARNING), problemsOf(browser, "1.5"));
      assertTrue(rowOf(browser, "1.5").getAttribute("class").contains("node-problem"));
      assertTrue(problemsOf(browser, "1.5.3").isEmpty());
      browser.click(By.id("actionsForm:publish"));
      browser.waitForAjax();
      WebElement refused =
          browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("publishForm")));
      assertTrue(refused.getText().contains(SUM_WARNING), refused.getText());
      assertTrue(browser.driver.findElements(By.id("publishForm:confirmPublish")).isEmpty());
      browser.click(By.id("publishForm:closeProblems"));
      browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("publishDialog")));

      // a due date: an impossible day is refused with its reason, a real one is kept
      typeDue(browser, "1.1", "31/04/N");
      assertTrue(
          browser.driver.findElement(By.id("nodeForm")).getText().contains("Hạn của 1.1"),
          browser.driver.findElement(By.id("nodeForm")).getText());
      typeDue(browser, "1.1", "15/12/N-1");
      selectNode(browser, "1.2");
      selectNode(browser, "1.1");
      assertEquals(
          "15/12/N-1", browser.driver.findElement(By.id("nodeForm:due")).getAttribute("value"));

      changeMax(browser, "1.5.2", "0,5");
      changeMax(browser, "1.5.3", "0,5");
      assertTrue(problemsOf(browser, "1.5").isEmpty());
      assertFalse(rowOf(browser, "1.5").getAttribute("class").contains("node-problem"));
      assertTrue(browser.driver.findElement(By.id("publishable")).isDisplayed());

      browser.click(By.id("actionsForm:publish"));
      browser.waitForAjax();
      browser.until(ExpectedConditions.elementToBeClickable(By.id("publishForm:confirmPublish")));
      browser.click(By.id("publishForm:confirmPublish"));
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("readOnlyBanner")));
      browser.waitForPage();

      assertEquals(REVISION, browser.driver.findElement(By.id("versionName")).getText());
      assertEquals(
          "Đã ban hành", browser.driver.findElement(By.id("actionsForm:status")).getText());
      assertReadOnly(browser);
      assertEquals("0,5", maxOf(browser, "1.5.3"));
    }
  }

  private static void reviseTheDemoVersion(Browser browser) {
    browser.open("admin/versions.xhtml");
    browser.click(
        By.xpath(
            "//tr[.//a[contains(@class,'version-name') and normalize-space()='"
                + DEMO_VERSION
                + "']]//button[contains(@id,':revise')]"));
    browser.waitForAjax();
    WebElement name =
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("reviseForm:name")));
    name.clear();
    name.sendKeys(REVISION);
    browser.driver.findElement(By.id("reviseForm:decisionNumber")).sendKeys("1234/QĐ-UBND");
    browser.driver.findElement(By.id("reviseForm:decisionDate_input")).sendKeys("15/03/2024");
    browser.driver.findElement(By.id("reviseForm:name")).click(); // closes the calendar
    browser.click(By.id("reviseForm:submit"));
    browser.until(ExpectedConditions.urlContains("admin/version.xhtml?id="));
    browser.waitForPage();
  }

  private static void assertReadOnly(Browser browser) {
    assertTrue(
        browser.driver.findElement(By.id("readOnlyBanner")).getText().contains("chỉ xem"),
        "the banner says the version is read-only");
    assertTrue(browser.driver.findElements(By.id("nodeForm:save")).isEmpty());
    assertTrue(browser.driver.findElements(By.id("treeForm:addArea")).isEmpty());
    assertTrue(browser.driver.findElements(By.id("actionsForm:publish")).isEmpty());
  }

  private static void changeMax(Browser browser, String code, String max) {
    selectNode(browser, code);
    WebElement input = browser.driver.findElement(By.id("nodeForm:maxPoints"));
    input.clear();
    input.sendKeys(max);
    save(browser);
  }

  private static void typeDue(Browser browser, String code, String due) {
    selectNode(browser, code);
    WebElement input = browser.driver.findElement(By.id("nodeForm:due"));
    input.clear();
    input.sendKeys(due);
    save(browser);
  }

  private static void save(Browser browser) {
    browser.click(By.id("nodeForm:save"));
    browser.waitForAjax();
  }

  private static void selectNode(Browser browser, String code) {
    WebElement name = rowOf(browser, code).findElement(By.cssSelector(".node-name"));
    browser.js("arguments[0].scrollIntoView({block: 'center'})", name);
    name.click();
    browser.waitForAjax();
    browser.until(ExpectedConditions.attributeToBe(By.id("nodeForm:code"), "value", code));
  }

  private static WebElement rowOf(Browser browser, String code) {
    return browser.driver.findElement(
        By.xpath(
            "//tbody[@id='treeForm:tree_data']/tr[.//span[contains(@class,'node-code')"
                + " and normalize-space()='"
                + code
                + "']]"));
  }

  private static List<String> problemsOf(Browser browser, String code) {
    return rowOf(browser, code).findElements(By.cssSelector(".node-problem-text")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  private static String maxOf(Browser browser, String code) {
    return rowOf(browser, code).findElement(By.cssSelector(".node-max")).getText();
  }
}
