package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Phòng Nội vụ writes its difficulties in the dialog of the consolidation page and downloads the
 * self-assessment report with them, in a real headless browser.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UnitReportsPageIT {
  private static final String DIFFICULTIES = "Phần mềm mới, cán bộ cần thời gian làm quen";

  @Test
  void phongNoiVuDownloadsTheReportWithTheDifficultiesItWrote() throws Exception {
    Path downloads = Files.createTempDirectory("self-assessment-report-");
    try (Browser browser = Browser.downloadingTo(downloads)) {
      browser.login("noivu");
      browser.open("consolidation/scorecard.xhtml?id=1");
      String page = browser.driver.getPageSource();
      assertTrue(page.contains("Chưa có kỳ đánh giá năm trước để so sánh."), "no earlier year");

      browser.click(By.id("reportsForm:openSelfReport"));
      browser.until(d -> d.findElement(By.id("reportForm:difficulties")).isDisplayed());
      WebElement difficulties = browser.driver.findElement(By.id("reportForm:difficulties"));
      difficulties.sendKeys(DIFFICULTIES);
      browser.driver.findElement(By.id("reportForm:number")).sendKeys("77/BC-UBND");
      WebElement signerTitle = browser.driver.findElement(By.id("reportForm:signerTitle"));
      assertTrue(
          signerTitle.getAttribute("value").contains("CHỦ TỊCH"),
          signerTitle.getAttribute("value"));
      signerTitle.clear();
      signerTitle.sendKeys("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
      browser.click(By.id("reportForm:selfReportPdf"));

      Path file = downloads.resolve("bao-cao-tu-danh-gia-1.pdf");
      browser.until(
          d ->
              Files.exists(file)
                  && !Files.exists(file.resolveSibling(file.getFileName() + ".crdownload")));
      String text = SelfAssessmentReportIT.text(Files.readAllBytes(file));
      assertTrue(text.contains("Số: 77/BC-UBND"), text);
      assertTrue(text.contains("I. KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM THEO LĨNH VỰC"), text);
      assertTrue(text.contains(DIFFICULTIES), text);
      assertTrue(text.contains("KT. CHỦ TỊCH PHÓ CHỦ TỊCH"), text);
    }
  }
}
