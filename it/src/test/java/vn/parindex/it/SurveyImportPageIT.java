package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The Sở Nội vụ's survey page in a real browser: a broken file shows its problems by row and column
 * and saves nothing; a good one shows its preview, and once confirmed the block's current values
 * and the import in the history; all of it without sideways scroll on a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SurveyImportPageIT {
  private final SurveyBlock survey = new SurveyBlock();
  private final AppraisedCommune f = survey.f;

  SurveyImportPageIT() throws Exception {}

  @Test
  void theSoNoiVuSeesTheProblemsOfABrokenFileThenImportsAGoodOne() throws Exception {
    Path broken = Files.createTempFile("ket-qua-loi-", ".xlsx");
    Files.write(broken, survey.broken());
    Path good = Files.createTempFile("ket-qua-dieu-tra-", ".xlsx");
    Files.write(good, survey.filled(Map.of(f.unitA, "21,5", f.unitB, 18), true));
    int rowA = survey.row(f.unitA);
    int rowB = survey.row(f.unitB);

    try (Browser browser = new Browser()) {
      browser.login("snv." + f.suffix, AppraisedCommune.PASSWORD);
      browser.open("province/campaign.xhtml?id=" + f.campaign);
      browser.clickToNewPage(By.xpath("//a[contains(normalize-space(.), 'Điều tra XHH')]"));
      assertTrue(
          browser.driver.getCurrentUrl().contains("campaign=" + f.campaign + "&block=" + f.block),
          browser.driver.getCurrentUrl());

      upload(browser, broken);
      String problems =
          browser
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("previewForm:problems")))
              .getText();
      assertTrue(problems.contains("có 4 lỗi; chưa ghi điểm nào"), problems);
      assertTrue(
          problems.contains("Dòng " + rowA + ", cột C (S): điểm 31 nằm ngoài khoảng 0 – 30,00."),
          problems);
      assertTrue(problems.contains("Dòng " + rowB + ", cột C (S): chưa có điểm."), problems);
      assertTrue(problems.contains("mã đơn vị \"987654321\" không thuộc khối này"), problems);
      assertTrue(browser.driver.findElements(By.id("previewForm:commit")).isEmpty());

      upload(browser, good);
      String preview =
          browser
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("previewForm:preview")))
              .getText();
      assertTrue(preview.contains("2 điểm, 2 điểm thay đổi"), preview);
      assertTrue(preview.contains("UBND xã Thẩm định A " + f.suffix), preview);
      assertTrue(preview.contains("21,50"), preview);
      assertTrue(browser.driver.findElements(By.id("previewForm:problems")).isEmpty());
      browser.screenshot("survey-preview.png");

      browser.driver.manage().window().setSize(new Dimension(390, 844));
      assertEquals("", browser.sidewaysOverflow(), "no sideways scroll at 390 px");
      browser.confirm(By.id("previewForm:commit"));

      String current = browser.driver.findElement(By.id("currentTable")).getText();
      assertTrue(current.contains("21,50"), current);
      assertTrue(current.contains("18,00"), current);
      String imports = browser.driver.findElement(By.id("imports")).getText();
      assertTrue(imports.contains(good.getFileName().toString()), imports);
      assertTrue(imports.contains("snv." + f.suffix), imports);
      assertTrue(imports.contains("Đại biểu HĐND tỉnh: 1600 / 1412"), imports);
      assertTrue(
          browser.driver.findElement(By.id("importForm:messages")).getText().contains("Đã ghi"),
          "the page says the results were saved");
      assertEquals("", browser.sidewaysOverflow(), "no sideways scroll at 390 px");
      browser.screenshot("survey-phone.png");
      browser.driver.manage().window().setSize(new Dimension(1366, 900));
      browser.screenshot("survey.png");
    }
  }

  private static void upload(Browser browser, Path file) {
    browser
        .driver
        .findElement(By.cssSelector("[id='importForm:file'] input[type=file]"))
        .sendKeys(file.toString());
    browser.waitForAjax();
  }
}
