package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * axe-core on every main page (issue 13, 8): no serious or critical violation; the minor and
 * moderate ones are logged, for the README. The scans change nothing, so the administrator's pages
 * are read on the demo index; the units' and the province's pages on units of the test's own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityPageIT {
  private static final Logger LOG = Logger.getLogger(AccessibilityPageIT.class.getName());

  private final Map<String, List<String>> found = new LinkedHashMap<>();

  @Test
  void theMainPagesHaveNoSeriousOrCriticalViolation() throws Exception {
    ScoringCommune commune = new ScoringCommune("tiếp cận");
    assertEquals(200, commune.saveMet("1.1").statusCode());
    commune.upload("1.1");
    AppraisedCommune province = new AppraisedCommune();
    long demoVersion = AccessFixture.demoVersion(new Api("admin"));
    String a = Long.toString(commune.assessment);

    try (Browser browser = new Browser()) {
      browser.open("login.xhtml");
      scan(browser, "Đăng nhập");

      browser.login(commune.officeUser, ScoringCommune.PASSWORD);
      scan(browser, "Trang chủ (phòng)");
      browser.open("assessment/criteria.xhtml?assessment=" + a);
      scan(browser, "Tiêu chí của tôi");
      browser.click(
          By.xpath(
              "//tr[.//span[contains(@class,'criterion-code') and normalize-space()='1.1']]"
                  + "//button[contains(@id,':edit')]"));
      browser.waitForAjax();
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("editDialog")));
      scan(browser, "Hộp thoại chấm điểm");

      signInAs(browser, commune.consolidatorUser, ScoringCommune.PASSWORD);
      scan(browser, "Trang chủ (Phòng Nội vụ)");
      browser.open("assessment/review.xhtml?assessment=" + a);
      scan(browser, "Xem xét");
      browser.open("assessment/assignment.xhtml?id=" + a);
      scan(browser, "Phân công");
      browser.open("consolidation/scorecard.xhtml?id=" + a);
      scan(browser, "Tổng hợp");
      browser.open("dashboard.xhtml?id=" + a);
      scan(browser, "Bảng điều khiển");
      browser.open("assessment/setup.xhtml");
      scan(browser, "Chuẩn bị đợt đánh giá");
      browser.open("account/tokens.xhtml");
      scan(browser, "Mã truy cập");

      signInAs(browser, "snv." + province.suffix, AppraisedCommune.PASSWORD);
      browser.open("province/campaigns.xhtml");
      scan(browser, "Các đợt (Sở Nội vụ)");
      browser.open("province/campaign.xhtml?id=" + province.campaign);
      scan(browser, "Đợt đánh giá");
      browser.open(
          "province/dashboard.xhtml?campaign=" + province.campaign + "&block=" + province.block);
      scan(browser, "Bảng điều khiển tỉnh");
      browser.open(
          "province/survey.xhtml?campaign=" + province.campaign + "&block=" + province.block);
      scan(browser, "Điều tra xã hội học");

      signInAs(browser, "stp." + province.suffix, AppraisedCommune.PASSWORD);
      browser.open("appraisal/worklist.xhtml?campaign=" + province.campaign);
      scan(browser, "Thẩm định");
      signInAs(browser, "cons.a." + province.suffix, AppraisedCommune.PASSWORD);
      browser.open("appraisal/unit.xhtml?assessment=" + province.assessment);
      scan(browser, "Nộp và thẩm định (đơn vị)");

      signInAs(browser, "admin", Api.PASSWORD);
      browser.open("admin/versions.xhtml");
      scan(browser, "Bộ chỉ số");
      browser.open("admin/version.xhtml?id=" + demoVersion);
      scan(browser, "Soạn bộ chỉ số");
      browser.open("admin/organisation.xhtml");
      scan(browser, "Tổ chức");
      browser.open("admin/tokens.xhtml");
      scan(browser, "Mã truy cập (quản trị)");
    }

    StringBuilder report = new StringBuilder("axe-core " + System.getProperty("it.axe") + "\n");
    List<String> serious = new ArrayList<>();
    found.forEach(
        (page, lines) -> {
          report.append(page).append(": ").append(lines.isEmpty() ? "none" : "").append('\n');
          lines.forEach(l -> report.append("  ").append(l).append('\n'));
          lines.stream()
              .filter(
                  l -> l.startsWith("serious") || l.startsWith("critical") || l.startsWith("error"))
              .forEach(l -> serious.add(page + ": " + l));
        });
    LOG.info(report::toString);
    assertTrue(serious.isEmpty(), String.join("\n", serious));
  }

  private void scan(Browser browser, String page) throws Exception {
    found.put(page, browser.axeViolations());
  }

  private static void signInAs(Browser browser, String username, String password) {
    browser.driver.manage().deleteAllCookies();
    browser.login(username, password);
  }
}
