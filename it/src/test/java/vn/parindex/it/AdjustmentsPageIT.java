package vn.parindex.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The Sở Nội vụ enters a commune's bonus on the commune's appraisal page: the page's totals and the
 * API's then show it on its own line, the unit's consolidating office sees the sums but no entry,
 * and the page fits a phone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdjustmentsPageIT {
  private static final String PASSWORD = "Thuong-phat-2026!";

  @Test
  void theSoNoiVuEntersABonusOnTheUnitsAppraisalPage() throws Exception {
    String suffix = Long.toString(System.nanoTime(), 36);
    Api admin = new Api("admin");
    int year = Vietnam.today().getYear();
    HttpResponse<String> imported =
        admin.upload(
            "index-versions",
            "application/yaml",
            BlockResultsIT.INDEX
                .formatted("Bộ chỉ số thử trang thưởng " + suffix, year)
                .getBytes(UTF_8));
    assertEquals(201, imported.statusCode(), imported.body());
    long version = Api.id(imported);
    assertEquals(2, admin.post("index-versions/" + version + "/publish", "").statusCode() / 100);
    long province = ProvinceRows.province("Tỉnh trang thưởng " + suffix);
    long block = ProvinceRows.block(province, "Khối xã trang thưởng " + suffix, 1);
    long unit = TestUnits.unit(admin, "UBND xã Trang thưởng " + suffix, "commune");
    ProvinceRows.place(unit, province, block);
    TestUnits.office(admin, unit, "van-phong", "Văn phòng", true);
    String consolidatorName = "tt.cons." + suffix;
    TestAccounts.open(
        consolidatorName, unit, "van-phong", "\"OFFICE\", \"CONSOLIDATOR\"", null, PASSWORD);
    String soNoiVuName = "tt.snv." + suffix;
    Api soNoiVu = TestAccounts.open(soNoiVuName, null, null, "\"PROVINCE\"", province, PASSWORD);
    long assessment =
        Api.id(
            admin.post(
                "assessments",
                "{\"unit\": "
                    + unit
                    + ", \"year\": "
                    + year
                    + ", \"version\": "
                    + version
                    + ", \"deadline\": \""
                    + Vietnam.today().plusDays(AppraisedCommune.DEADLINE_DAYS)
                    + "\"}"));
    ProvinceRows.Campaign campaign =
        ProvinceRows.campaign(province, block, version, "Đợt trang thưởng " + suffix);
    ProvinceRows.submit(campaign.id(), assessment, version, consolidatorName);

    try (Browser browser = new Browser()) {
      browser.login(soNoiVuName, PASSWORD);
      browser.open("appraisal/unit.xhtml?assessment=" + assessment);
      browser.type("adjustmentsForm:adjustments:0:points", "2,5");
      browser.type("adjustmentsForm:adjustments:0:reason", "Mô hình một cửa được tỉnh công nhận");
      browser.click(By.id("adjustmentsForm:adjustments:0:save"));
      browser.waitForAjax();

      assertEquals("+2.5", browser.driver.findElement(By.id("totalBonus")).getText());
      JsonObject totals =
          Api.json(soNoiVu.get("assessments/" + assessment + "/appraisal"))
              .asJsonObject()
              .getJsonObject("totals");
      assertEquals(
          0, new BigDecimal("2.5").compareTo(totals.getJsonNumber("bonus").bigDecimalValue()));
      assertEquals(
          0, new BigDecimal("17.5").compareTo(totals.getJsonNumber("total").bigDecimalValue()));

      browser.driver.manage().window().setSize(new Dimension(390, 844));
      browser.open("appraisal/unit.xhtml?assessment=" + assessment);
      assertEquals("", browser.sidewaysOverflow(), "no sideways scroll at 390 px");
    }

    try (Browser unitSide = new Browser()) {
      unitSide.login(consolidatorName, PASSWORD);
      unitSide.open("appraisal/unit.xhtml?assessment=" + assessment);
      assertEquals("+2.5", unitSide.driver.findElement(By.id("totalBonus")).getText());
      assertTrue(
          unitSide.driver.findElements(By.id("adjustmentsForm")).isEmpty(),
          "the unit enters no bonus");
    }
  }
}
