package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The province's cycle as the commune lives it in the portal: it submits on its appraisal page,
 * reads the round's changes, accepts one and explains the other with a new document, and reads the
 * approved result, whose totals are the API's; after approval nothing can be answered.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AppraisalJourneyPageIT {
  private static final String PASSWORD = "Hanh-trinh-tham-dinh-2026!";
  private final String suffix = Long.toString(System.nanoTime(), 36);
  private final Api admin = new Api("admin");

  @Test
  void aCommuneSubmitsExplainsInThePortalAndReadsItsApprovedResult() throws Exception {
    long version = TestUnits.communeIndex(admin, "Bộ chỉ số thử hành trình " + suffix);
    long province = ProvinceRows.province("Tỉnh hành trình " + suffix);
    long block = ProvinceRows.block(province, "Khối xã hành trình " + suffix, 1);
    long commune = TestUnits.unit(admin, "UBND xã Hành trình " + suffix, "commune");
    long other = TestUnits.unit(admin, "UBND xã Bên cạnh " + suffix, "commune");
    long justice = TestUnits.unit(admin, "Sở Tư pháp hành trình " + suffix, "commune");
    ProvinceRows.place(commune, province, block);
    ProvinceRows.place(other, province, block);
    ProvinceRows.place(justice, province, null);
    TestUnits.office(admin, commune, "van-phong", "Phòng van-phong", true);
    TestUnits.office(admin, commune, "tu-phap", "Phòng tu-phap", false);
    TestUnits.office(admin, other, "van-phong", "Phòng van-phong", true);
    String consolidatorName = "cons.j." + suffix;
    Api consolidator =
        account(consolidatorName, commune, "van-phong", "\"OFFICE\", \"CONSOLIDATOR\"");
    Api office = account("off.j." + suffix, commune, "tu-phap", "\"OFFICE\"");
    String neighbourName = "cons.n." + suffix;
    account(neighbourName, other, "van-phong", "\"OFFICE\", \"CONSOLIDATOR\"");
    String soNoiVuName = "snv.j." + suffix;
    String appraiserName = "stp.j." + suffix;
    String councilName = "hd.j." + suffix;
    Api soNoiVu = TestAccounts.open(soNoiVuName, null, null, "\"PROVINCE\"", province, PASSWORD);
    TestAccounts.open(appraiserName, justice, null, "\"APPRAISER\"", province, PASSWORD);
    Api council = TestAccounts.open(councilName, null, null, "\"COUNCIL\"", province, PASSWORD);

    long assessment =
        Api.id(
            consolidator.post(
                "assessments",
                "{\"unit\": "
                    + commune
                    + ", \"year\": "
                    + Vietnam.today().getYear()
                    + ", \"version\": "
                    + version
                    + ", \"deadline\": \""
                    + Vietnam.today().plusDays(AppraisedCommune.DEADLINE_DAYS)
                    + "\"}"));
    ProvinceRows.Campaign campaign =
        ProvinceRows.campaign(province, block, version, "Đợt hành trình " + suffix);
    ProvinceRows.update(
        "update assessment set campaign_id = ? where id = ?", campaign.id(), assessment);
    ProvinceRows.give(campaign.id(), block, "1", justice);
    for (String area : List.of("1", "2")) {
      Api.json(consolidator.put("assignments/" + assessment + "/areas/" + area + "/tu-phap", ""));
    }
    Api.json(consolidator.post("assessments/" + assessment + "/open", ""));
    Path pdf = Files.createTempFile("bao-cao-bo-sung-", ".pdf");
    Files.write(pdf, SamplePdf.pdf("Bao cao bo sung sang kien"));

    try (Browser browser = new Browser()) {
      browser.login(consolidatorName, PASSWORD);
      browser.open("appraisal/unit.xhtml?assessment=" + assessment);
      // 1. with criteria unscored the submission is refused, naming them, and nothing is sent
      browser.confirm(By.id("submitForm:submit"));
      String refused = browser.driver.findElement(By.id("submitForm:messages")).getText();
      assertTrue(refused.contains("1.1") && refused.contains("2.1"), refused);
      assertEquals(404, consolidator.get("assessments/" + assessment + "/submission").statusCode());

      score(office, assessment, "1.1", "{\"inputs\": {\"met\": true}}");
      score(office, assessment, "1.2", "{\"inputs\": {\"points\": 4}}");
      score(office, assessment, "2.1", "{\"inputs\": {\"met\": true}}");
      HttpResponse<String> scan =
          consolidator.uploadFile(
              "evidence?assessment="
                  + assessment
                  + "&number=05%2FBC-UBND&date="
                  + Vietnam.today().minusDays(2)
                  + "&issuer=UBND&summary=Bao-cao-tu-danh-gia-da-ky",
              "bao-cao-da-ky.pdf",
              SamplePdf.pdf("Bao cao tu danh gia da ky"));
      assertEquals(201, scan.statusCode(), scan.body());
      browser.open("appraisal/unit.xhtml?assessment=" + assessment);
      browser.confirm(By.id("submitForm:submit"));
      browser.until(ExpectedConditions.presenceOfElementLocated(By.id("submitForm:submitted")));
      // the signed scan of the report, uploaded before, is attached to the submission
      browser.pick("signedReportForm:chosen", "05/BC-UBND – bao-cao-da-ky.pdf");
      browser.click(By.id("signedReportForm:attach"));
      browser.waitForAjax();
      browser.until(
          ExpectedConditions.presenceOfElementLocated(By.id("signedReportForm:scanLink")));
      assertEquals(
          Api.id(scan),
          ((JsonObject) Api.json(consolidator.get("assessments/" + assessment + "/submission")))
              .getJsonNumber("signedReportId")
              .longValue());
      assertEquals(
          "SUBMITTED",
          ((JsonObject) Api.json(consolidator.get("assessments/" + assessment + "/submission")))
              .getString("status"));
      assertTrue(browser.driver.findElements(By.id("submitForm:submit")).isEmpty());

      // 2. the Sở Nội vụ opens round 1 on its campaign page; the appraiser changes both
      // criteria of area 1 with reasons in its work list; the round closes and the commune is told
      String decide = "assessments/" + assessment + "/appraisal/";
      round(campaign.id(), "rounds:0:open", soNoiVuName);
      try (Browser work = new Browser()) {
        work.login(appraiserName, PASSWORD);
        work.open("appraisal/worklist.xhtml?campaign=" + campaign.id());
        decide(work, assessment, "1.1", "0", "Kế hoạch ban hành muộn");
        decide(work, assessment, "1.2", "2", "Thiếu tài liệu kiểm chứng");
      }
      round(campaign.id(), "rounds:0:close", soNoiVuName);
      round(campaign.id(), "rounds:0:notices", soNoiVuName);

      // 3. the commune reads the changes, accepts one and explains the other with a new document
      browser.open("appraisal/unit.xhtml?assessment=" + assessment);
      assertTrue(
          browser.driver.findElement(By.id("window")).getText().contains("1"),
          "the explanation window of round 1 is open");
      assertTrue(pageText(browser).contains("Kế hoạch ban hành muộn"));
      answer(browser, "1.1");
      browser.click(By.id("explanationForm:save"));
      browser.waitForAjax();
      browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("explanationDialog")));

      answer(browser, "1.2");
      browser.click(By.xpath("//label[@for='explanationForm:accepted:1']"));
      browser.waitForAjax();
      // an explanation with no text is refused next to its field and the dialog stays open
      browser.click(By.id("explanationForm:save"));
      browser.waitForAjax();
      assertTrue(
          browser.driver.findElement(By.id("explanationDialog")).isDisplayed(),
          "the dialog stays open");
      assertFalse(
          browser
              .driver
              .findElements(By.cssSelector("#explanationDialog .ui-message-error"))
              .isEmpty(),
          "the refusal stands next to the explanation");
      assertEquals(1, explanations(soNoiVu, assessment).size(), "only 1.1 is answered yet");
      browser
          .driver
          .findElement(By.id("explanationForm:body"))
          .sendKeys("Đơn vị đã có sáng kiến được công nhận, gửi kèm quyết định.");
      browser
          .driver
          .findElement(By.cssSelector("[id='explanationForm:file'] input[type=file]"))
          .sendKeys(pdf.toString());
      browser.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("explanationForm:chosenFile"), pdf.getFileName().toString()));
      browser.waitForAjax();
      browser.driver.findElement(By.id("explanationForm:number")).sendKeys("25/QĐ-UBND");
      WebElement date = browser.driver.findElement(By.id("explanationForm:date_input"));
      date.sendKeys(
          Vietnam.today()
              .minusDays(40)
              .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
      date.sendKeys(Keys.TAB);
      browser.driver.findElement(By.id("explanationForm:issuer")).sendKeys("UBND xã");
      browser
          .driver
          .findElement(By.id("explanationForm:summary"))
          .sendKeys("Quyết định công nhận sáng kiến");
      browser.click(By.id("explanationForm:save"));
      browser.waitForAjax();
      browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("explanationDialog")));
      JsonArray explained = explanations(soNoiVu, assessment);
      assertTrue(explained.toString().contains("\"accepted\":true"), explained.toString());
      assertTrue(explained.toString().contains("25/QĐ-UBND"), explained.toString());
      assertTrue(pageText(browser).contains("Đơn vị đã có sáng kiến được công nhận"));

      screenshot(browser, "unit-appraisal.png");

      // another commune's consolidating office does not find the page
      try (Browser neighbour = new Browser()) {
        neighbour.login(neighbourName, PASSWORD);
        neighbour.open("appraisal/unit.xhtml?assessment=" + assessment);
        assertFalse(neighbour.driver.findElements(By.id("notFound")).isEmpty());
        assertFalse(neighbour.driver.getPageSource().contains("Kế hoạch ban hành muộn"));
      }

      // 4. round 2 keeps 1.1 ("Đồng ý") and reverts 1.2; 5. the council approves on its page
      round(campaign.id(), "rounds:1:open", soNoiVuName);
      try (Browser work = new Browser()) {
        work.login(appraiserName, PASSWORD);
        work.open("appraisal/worklist.xhtml?campaign=" + campaign.id());
        assertTrue(
            row(work, assessment, "1.2").getText().contains("Đơn vị đã có sáng kiến"),
            "the appraiser sees the explanation");
        work.click(
            By.cssSelector(
                "tr[data-rk='" + assessment + "/1.1'] td.ui-selection-column .ui-chkbox-box"));
        work.waitForAjax();
        work.click(By.id("worklistForm:agree"));
        work.waitForAjax();
        work.until(ExpectedConditions.elementToBeClickable(By.id("agreeForm:confirmAgree")));
        work.click(By.id("agreeForm:confirmAgree"));
        work.waitForAjax();
        decide(work, assessment, "1.2", "4", "");
      }
      round(campaign.id(), "rounds:1:close", soNoiVuName);
      try (Browser chair = new Browser()) {
        chair.login(councilName, PASSWORD);
        chair.open("province/campaign.xhtml?id=" + campaign.id());
        chair.tab("Phê duyệt");
        chair.confirm(By.id("tabs:approvalForm:blocks:0:approve"));
      }
      assertEquals(
          1,
          ((JsonArray) Api.json(council.get("campaigns/" + campaign.id() + "/approvals"))).size());

      // the approved result: the page's totals are the API's, and nothing can be answered
      browser.open("appraisal/unit.xhtml?assessment=" + assessment);
      assertFalse(browser.driver.findElements(By.id("approved")).isEmpty());
      JsonObject totals =
          ((JsonObject) Api.json(consolidator.get(decide.substring(0, decide.length() - 1))))
              .getJsonObject("totals");
      assertEquals(
          0,
          new BigDecimal(browser.driver.findElement(By.id("totalSelf")).getText())
              .compareTo(totals.getJsonNumber("self").bigDecimalValue()));
      assertEquals(
          0,
          new BigDecimal(browser.driver.findElement(By.id("totalFinal")).getText())
              .compareTo(totals.getJsonNumber("finalPoints").bigDecimalValue()));
      assertEquals(
          0, new BigDecimal("9").compareTo(totals.getJsonNumber("finalPoints").bigDecimalValue()));
      assertTrue(
          browser.driver.findElements(By.cssSelector("[id$=':answer']")).isEmpty(),
          "no answer after approval");
      assertTrue(
          consolidator.put(decide + "1.1/explanation", "{\"accepted\": true}").statusCode() / 100
              == 4,
          "every later change is refused");

      // on a phone the page does not scroll sideways
      browser.driver.manage().window().setSize(new Dimension(390, 844));
      browser.open("appraisal/unit.xhtml?assessment=" + assessment);
      assertTrue(
          Boolean.TRUE.equals(
              browser.js("return document.documentElement.scrollWidth <= window.innerWidth + 1")),
          "no sideways scroll at 390 px");
    }
  }

  /** The page for the README, 1400 pixels wide. */
  private static void screenshot(Browser browser, String name) throws java.io.IOException {
    browser.driver.manage().window().setSize(new Dimension(1400, 1400));
    browser.js("window.scrollTo(0, 0)");
    browser.screenshot(name);
    browser.driver.manage().window().setSize(new Dimension(1366, 900));
  }

  /** Opens the explanation dialog on the line of a criterion. */
  private static void answer(Browser browser, String code) {
    List<WebElement> rows =
        browser.driver.findElements(By.cssSelector("[id='linesForm:lines_data'] > tr"));
    for (WebElement row : rows) {
      if (row.findElement(By.cssSelector("[id$=':code']")).getText().equals(code)) {
        WebElement button = row.findElement(By.cssSelector("[id$=':answer']"));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        browser.waitForAjax();
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("explanationDialog")));
        return;
      }
    }
    throw new AssertionError("no line " + code);
  }

  private static String pageText(Browser browser) {
    return browser.driver.findElement(By.tagName("body")).getText();
  }

  private static JsonArray explanations(Api reader, long assessment) throws Exception {
    JsonObject result =
        (JsonObject) Api.json(reader.get("assessments/" + assessment + "/appraisal"));
    jakarta.json.JsonArrayBuilder all = jakarta.json.Json.createArrayBuilder();
    for (JsonObject line : result.getJsonArray("lines").getValuesAs(JsonObject.class)) {
      line.getJsonArray("explanations").forEach(all::add);
    }
    return all.build();
  }

  /** The Sở Nội vụ's action on a round, on the rounds tab of its campaign page. */
  private static void round(long campaign, String action, String soNoiVu) {
    try (Browser province = new Browser()) {
      province.login(soNoiVu, PASSWORD);
      province.open("province/campaign.xhtml?id=" + campaign);
      province.tab("Vòng thẩm định");
      province.confirm(By.id("tabs:roundsForm:" + action));
    }
  }

  /** Decides a criterion in the appraiser's work list: points and, when given, the reason. */
  private static void decide(
      Browser work, long assessment, String code, String points, String reason) {
    work.click(By.cssSelector("tr[data-rk='" + assessment + "/" + code + "'] [id$=':decide']"));
    work.waitForAjax();
    work.until(ExpectedConditions.visibilityOfElementLocated(By.id("decisionForm:points")));
    work.type("decisionForm:points", points);
    work.type("decisionForm:reason", reason);
    work.click(By.id("decisionForm:saveDecision"));
    work.waitForAjax();
    work.until(ExpectedConditions.invisibilityOfElementLocated(By.id("decisionDialog")));
  }

  private static WebElement row(Browser work, long assessment, String code) {
    return work.driver.findElement(By.cssSelector("tr[data-rk='" + assessment + "/" + code + "']"));
  }

  private static void score(Api office, long a, String code, String json) throws Exception {
    HttpResponse<String> saved =
        office.put("assessments/" + a + "/criteria/" + code + "/self-score", json);
    assertEquals(200, saved.statusCode(), saved.body());
  }

  private static Api account(String name, long unit, String office, String roles) throws Exception {
    return TestAccounts.open(name, unit, office, roles, null, PASSWORD);
  }
}
