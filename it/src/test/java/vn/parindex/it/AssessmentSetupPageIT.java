package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Phòng Nội vụ creates next year's assessment from the dialog and is told, criterion by criterion,
 * why it cannot open it yet. The assessment is deleted afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentSetupPageIT {
  private static final int YEAR = 2025;

  @Test
  void theConsolidatorCreatesAnAssessmentAndCannotOpenItUnassigned() throws Exception {
    try (Browser browser = new Browser()) {
      browser.login("noivu");
      browser.click(By.id("topbarForm:assessmentSetup"));
      browser.waitForPage();
      assertEquals("Đang mở", statusOf(rowOf(browser, "2023")));

      browser.click(By.id("createStart:create"));
      browser.waitForAjax();
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("createForm:year")));
      WebElement year = browser.driver.findElement(By.id("createForm:year"));
      year.clear();
      year.sendKeys(String.valueOf(YEAR));
      browser.driver.findElement(By.id("createForm:guidanceNumber")).sendKeys("1847/HD-SNV");
      browser
          .driver
          .findElement(By.id("createForm:guidanceIssuer"))
          .sendKeys("Sở Nội vụ tỉnh Bình Định");
      // dates through their widgets, last: keys typed while a date panel opens or closes over
      // the dialog may land elsewhere
      browser.js(
          "PrimeFaces.widgets['widget_createForm_deadline'].setDate(new Date(arguments[0], 10, 25));"
              + "PrimeFaces.widgets['widget_createForm_guidanceDate']"
              + ".setDate(new Date(2023, 9, 13))",
          YEAR);
      assertEquals(
          YEAR + "|25/11/" + YEAR + "|1847/HD-SNV|13/10/2023|Sở Nội vụ tỉnh Bình Định",
          browser.js(
              "return ['year', 'deadline_input', 'guidanceNumber', 'guidanceDate_input',"
                  + " 'guidanceIssuer'].map(f => document.getElementById('createForm:' + f).value)"
                  + ".join('|')"));
      browser.click(By.id("createForm:submit"));
      browser.waitForAjax();
      browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("createDialog")));

      WebElement created = rowOf(browser, String.valueOf(YEAR));
      assertEquals("Chưa mở", statusOf(created));
      assertTrue(created.getText().contains("1847/HD-SNV"), created.getText());
      long id = TestDatabase.assessmentOfYear(YEAR).orElseThrow();

      created.findElement(By.cssSelector("button[id$=':open']")).click();
      browser.waitForAjax();
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("openForm:confirmOpen")));
      browser.click(By.id("openForm:confirmOpen"));
      browser.waitForAjax();

      WebElement refusal =
          browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("setupForm:refusal")));
      List<String> codes =
          refusal.findElements(By.cssSelector("li .criterion-code")).stream()
              .map(WebElement::getText)
              .toList();
      assertEquals("1.1", codes.get(0), codes.toString());
      assertTrue(codes.contains("2.1") && codes.contains("8.3"), codes.toString());
      String assign =
          refusal.findElement(By.cssSelector("[id$='assignRefused']")).getAttribute("outerHTML");
      assertTrue(assign.contains("assignment.xhtml?id=" + id), assign);
      assertEquals("Chưa mở", statusOf(rowOf(browser, String.valueOf(YEAR))));
    } finally {
      var id = TestDatabase.assessmentOfYear(YEAR);
      if (id.isPresent()) {
        TestDatabase.deleteAssessment(id.get());
      }
    }
  }

  private static WebElement rowOf(Browser browser, String year) {
    return browser
        .driver
        .findElements(By.cssSelector("[id='setupForm:assessments_data'] > tr"))
        .stream()
        .filter(r -> r.findElement(By.cssSelector("span[id$=':year']")).getText().equals(year))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no assessment of " + year));
  }

  private static String statusOf(WebElement row) {
    return row.findElement(By.cssSelector("span[id$=':status']")).getText();
  }
}
