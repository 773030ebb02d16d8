package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.it.SamplePdf.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Phòng Tư pháp supports one of its criteria with a document and talks about it with Phòng Nội vụ,
 * in the scoring dialog of "My criteria", in a real headless browser.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvidencePageIT {

  @Test
  void theJusticeOfficeUploadsADocumentForACriterionAndCommentsOnIt() throws Exception {
    Path pdf = Files.createTempFile("bao-cao-tu-phap-", ".pdf");
    Files.write(pdf, pdf("Bao cao cong tac tu phap 2023"));
    try (Browser browser = new Browser()) {
      browser.login("tuphap");
      browser.open("assessment/criteria.xhtml?assessment=1");
      int before = Integer.parseInt(evidenceCountOf(browser, "2.4"));

      openDialog(browser, "2.4");
      browser
          .driver
          .findElement(By.cssSelector("[id='uploadForm:file'] input[type=file]"))
          .sendKeys(pdf.toString());
      browser.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("uploadForm:chosen"), pdf.getFileName().toString()));
      browser.waitForAjax();
      browser.driver.findElement(By.id("uploadForm:number")).sendKeys("15/BC-TP");
      WebElement date = browser.driver.findElement(By.id("uploadForm:date_input"));
      date.sendKeys("30/06/2023");
      date.sendKeys(Keys.TAB);
      browser.driver.findElement(By.id("uploadForm:issuer")).sendKeys("Phòng Tư pháp");
      browser
          .driver
          .findElement(By.id("uploadForm:summary"))
          .sendKeys("Báo cáo công tác tư pháp năm 2023");
      browser.click(By.id("uploadForm:saveEvidence"));
      browser.waitForAjax();

      WebElement row =
          browser.until(
              ExpectedConditions.visibilityOfElementLocated(
                  By.xpath(
                      "//*[@id='evidenceForm:documents']//tr[.//*[normalize-space()="
                          + "'Báo cáo công tác tư pháp năm 2023']]")));
      assertTrue(row.getText().contains("15/BC-TP"), row.getText());
      assertTrue(row.getText().contains("30/06/2023"), row.getText());
      assertTrue(row.getText().contains("Phòng Tư pháp"), row.getText());
      String href = row.findElement(By.cssSelector("a[id$=':download']")).getAttribute("href");
      assertTrue(href.matches(".*/files/evidence/\\d+/file"), href);
      assertEquals(
          "200 application/pdf",
          browser.js(
              "return fetch(arguments[0]).then(r => r.status + ' '"
                  + " + r.headers.get('Content-Type').split(';')[0])",
              href));

      browser
          .driver
          .findElement(By.id("commentsForm:text"))
          .sendKeys("Đã bổ sung báo cáo năm 2023.");
      browser.click(By.id("commentsForm:send"));
      browser.waitForAjax();
      WebElement thread =
          browser.until(
              ExpectedConditions.visibilityOfElementLocated(By.id("commentsForm:thread")));
      assertTrue(thread.getText().contains("Đã bổ sung báo cáo năm 2023."), thread.getText());
      assertTrue(thread.getText().contains("tuphap"), thread.getText());

      screenshot(browser);

      browser.click(By.id("editForm:cancel"));
      browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("editDialog")));
      assertEquals(String.valueOf(before + 1), evidenceCountOf(browser, "2.4"));
      browser.driver.navigate().refresh();
      browser.waitForPage();
      assertEquals(String.valueOf(before + 1), evidenceCountOf(browser, "2.4"));
    } finally {
      Files.deleteIfExists(pdf);
    }
  }

  @Test
  void aDocumentWithoutItsMetadataIsRefusedNextToTheUpload() throws Exception {
    Path pdf = Files.createTempFile("thieu-thong-tin-", ".pdf");
    Files.write(pdf, pdf("Thieu thong tin"));
    try (Browser browser = new Browser()) {
      browser.login("tuphap");
      browser.open("assessment/criteria.xhtml?assessment=1");
      openDialog(browser, "2.3");
      browser
          .driver
          .findElement(By.cssSelector("[id='uploadForm:file'] input[type=file]"))
          .sendKeys(pdf.toString());
      browser.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("uploadForm:chosen"), pdf.getFileName().toString()));
      browser.waitForAjax();
      browser.click(By.id("uploadForm:saveEvidence"));
      browser.waitForAjax();

      String form = browser.driver.findElement(By.id("uploadForm")).getText();
      assertTrue(form.contains("Vui lòng nhập ngày ban hành"), form);
      assertTrue(form.contains("Vui lòng nhập cơ quan ban hành"), form);
      assertTrue(form.contains("Vui lòng nhập trích yếu"), form);
      String documents = browser.driver.findElement(By.id("evidenceForm:documents")).getText();
      assertFalse(documents.contains(pdf.getFileName().toString()), documents);
    } finally {
      Files.deleteIfExists(pdf);
    }
  }

  @Test
  void aFileThatIsNoPdfByItsContentIsRefusedNextToTheUpload() throws Exception {
    Path fake = Files.createTempFile("khong-phai-pdf-", ".pdf");
    Files.writeString(fake, "MZ this is not a PDF at all");
    try (Browser browser = new Browser()) {
      browser.login("tuphap");
      browser.open("assessment/criteria.xhtml?assessment=1");
      openDialog(browser, "2.1");
      browser
          .driver
          .findElement(By.cssSelector("[id='uploadForm:file'] input[type=file]"))
          .sendKeys(fake.toString());
      browser.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("uploadForm:chosen"), fake.getFileName().toString()));
      browser.waitForAjax();
      WebElement date = browser.driver.findElement(By.id("uploadForm:date_input"));
      date.sendKeys("01/02/2023");
      date.sendKeys(Keys.TAB);
      browser.driver.findElement(By.id("uploadForm:issuer")).sendKeys("Phòng Tư pháp");
      browser.driver.findElement(By.id("uploadForm:summary")).sendKeys("Tệp giả");
      browser.click(By.id("uploadForm:saveEvidence"));
      browser.waitForAjax();

      String message =
          browser
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("uploadForm:fileMessage")))
              .getText();
      assertTrue(message.contains("không được chấp nhận"), message);
      String documents = browser.driver.findElement(By.id("evidenceForm:documents")).getText();
      assertFalse(documents.contains(fake.getFileName().toString()), documents);
    } finally {
      Files.deleteIfExists(fake);
    }
  }

  private static void openDialog(Browser browser, String code) {
    browser.click(
        By.xpath(
            "//tr[.//span[contains(@class,'criterion-code') and normalize-space()='"
                + code
                + "']]//button[contains(@id,':edit')]"));
    browser.waitForAjax();
    browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("evidenceForm:documents")));
  }

  private static String evidenceCountOf(Browser browser, String code) {
    return browser
        .driver
        .findElement(
            By.xpath(
                "//tr[.//span[contains(@class,'criterion-code') and normalize-space()='"
                    + code
                    + "']]//span[contains(@id,':evidenceCount')]"))
        .getText();
  }

  /** The dialog with its document and its message, for the README. */
  private static void screenshot(Browser browser) throws IOException {
    browser.driver.manage().window().setSize(new Dimension(1366, 1500));
    browser.js("document.querySelector('#editDialog .ui-dialog-content').scrollTop = 10000");
    browser.js("PF('editDialog').initPosition()");
    Path target = Path.of("target", "screenshots", "evidence-dialog.png");
    Files.createDirectories(target.getParent());
    Files.write(target, ((TakesScreenshot) browser.driver).getScreenshotAs(OutputType.BYTES));
  }
}
