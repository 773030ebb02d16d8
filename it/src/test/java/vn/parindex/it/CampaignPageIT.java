package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
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
 * The province's campaign pages in Chromium, on a province of the test's own ({@link
 * AppraisedCommune}): the Sở Nội vụ follows the submissions and returns one, runs the rounds and
 * sends the notices; the council approves the block and reopens it; an appraiser reads the campaign
 * without the Sở Nội vụ's or the council's actions. Each action is checked through the API after.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CampaignPageIT {
  private static final String REASON = "Thiếu báo cáo có chữ ký của Chủ tịch UBND xã";

  @Test
  void theSoNoiVuSeesWhoSubmittedAndReturnsASubmissionWithAReason() throws Exception {
    AppraisedCommune p = new AppraisedCommune();
    try (Browser browser = new Browser()) {
      browser.login("snv." + p.suffix, AppraisedCommune.PASSWORD);
      // the home page leads to the campaigns; the dashboard is not the Sở Nội vụ's
      assertFalse(browser.driver.findElements(By.id("homeCampaigns")).isEmpty());
      assertTrue(browser.driver.findElements(By.id("topbarForm:dashboard")).isEmpty());
      browser.clickToNewPage(By.id("topbarForm:campaigns"));
      String list = browser.driver.findElement(By.id("campaignsForm:campaigns")).getText();
      assertTrue(list.contains("Đợt thử " + p.suffix), list);
      createCampaignFromTheDialog(browser, p);

      openCampaign(browser, p);
      browser.tab("Hồ sơ gửi");
      String units = browser.driver.findElement(By.id("tabs:submissionsForm")).getText();
      assertTrue(units.contains("UBND xã Thẩm định A " + p.suffix), units);
      assertTrue(units.contains("UBND xã Thẩm định B " + p.suffix), units);
      assertTrue(units.contains("Đã gửi"), units);
      // the submission deadline was yesterday: the commune that has not submitted is late
      assertTrue(units.contains("Quá hạn chưa gửi"), units);
      assertEquals(
          1,
          browser
              .driver
              .findElements(By.cssSelector("[id^='tabs:submissionsForm'][id$=':return']"))
              .size());
      String unitHref =
          browser
              .driver
              .findElement(By.cssSelector("[id^='tabs:submissionsForm'] a[id$=':unit']"))
              .getAttribute("href");
      assertTrue(unitHref.contains("appraisal/unit.xhtml?assessment=" + p.assessment), unitHref);

      // an empty reason is refused with its message, and the submission stays with the province
      browser.click(By.cssSelector("[id^='tabs:submissionsForm'][id$=':return']"));
      browser.waitForAjax();
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("returnForm:reason")));
      browser.click(By.id("returnForm:confirmReturn"));
      browser.waitForAjax();
      String refused = browser.driver.findElement(By.id("returnForm:messages")).getText();
      assertFalse(refused.isBlank(), "the refusal is shown");
      assertTrue(browser.driver.findElement(By.id("returnDialog")).isDisplayed());
      assertEquals("SUBMITTED", submission(p).getString("status"));

      browser.driver.findElement(By.id("returnForm:reason")).sendKeys(REASON);
      browser.click(By.id("returnForm:confirmReturn"));
      browser.waitForAjax();
      browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("returnDialog")));
      String done = browser.driver.findElement(By.id("tabs:submissionsForm:messages")).getText();
      assertTrue(done.contains("Đã trả lại hồ sơ"), done);
      JsonObject returned = submission(p);
      assertEquals("RETURNED", returned.getString("status"));
      assertEquals(REASON, returned.getString("returnReason"));
      assertEquals("snv." + p.suffix, returned.getString("returnedBy"));
      assertTrue(
          browser
              .driver
              .findElement(By.id("tabs:submissionsForm"))
              .getText()
              .contains("Đã trả lại"));

      // on a phone nothing scrolls sideways: the list and the campaign
      browser.driver.manage().window().setSize(new Dimension(390, 844));
      openCampaign(browser, p);
      assertEquals("", browser.sidewaysOverflow(), browser.driver.getCurrentUrl());
      browser.open("province/campaigns.xhtml");
      assertEquals("", browser.sidewaysOverflow(), browser.driver.getCurrentUrl());
    }
  }

  @Test
  void roundsAreRunAndNoticedThenTheCouncilApprovesAndReopensTheBlock() throws Exception {
    AppraisedCommune p = new AppraisedCommune();
    try (Browser browser = new Browser()) {
      browser.login("snv." + p.suffix, AppraisedCommune.PASSWORD);
      openCampaign(browser, p);
      // the set-up shows the block's index and the matrix the fixture gave
      String setup = browser.driver.findElement(By.id("tabs:setupForm")).getText();
      assertTrue(setup.contains("Khối xã thử " + p.suffix), setup);
      String matrix = browser.driver.findElement(By.id("tabs:matrixForm")).getText();
      assertTrue(matrix.contains("Sở Tư pháp thử " + p.suffix), matrix);

      browser.tab("Vòng thẩm định");
      browser.confirm(By.id("tabs:roundsForm:rounds:0:open"));
      assertMessage(browser, "tabs:roundsForm:messages", "Đã mở vòng 1");
      assertEquals("OPEN", round(p, 0).getString("status"));

      // the justice department lowers a criterion: the round changes one unit's scores
      String kept = p.leaf("1", 0);
      HttpResponse<String> decided =
          p.justiceAppraiser.put(
              "assessments/" + p.assessment + "/appraisal/" + kept,
              "{\"points\": 0, \"reason\": \"Chưa có kế hoạch ban hành đúng hạn\"}");
      assertEquals(200, decided.statusCode(), decided.body());
      browser.open("province/campaign.xhtml?id=" + p.campaign);
      browser.tab("Vòng thẩm định");
      String progress = browser.driver.findElement(By.id("tabs:roundsForm:progress")).getText();
      assertTrue(progress.contains("Sở Tư pháp thử " + p.suffix), progress);
      assertTrue(progress.contains("UBND xã Thẩm định A " + p.suffix), progress);
      browser.driver.manage().window().setSize(new Dimension(1400, 1300));
      browser.screenshot("campaign-rounds.png");
      browser.driver.manage().window().setSize(new Dimension(1366, 900));

      browser.confirm(By.id("tabs:roundsForm:rounds:0:close"));
      assertMessage(browser, "tabs:roundsForm:messages", "Đã đóng vòng 1");
      assertEquals("CLOSED", round(p, 0).getString("status"));
      browser.confirm(By.id("tabs:roundsForm:rounds:0:notices"));
      assertMessage(browser, "tabs:roundsForm:messages", "đến 1 đơn vị");
      assertEquals(1, notices(p), "the commune's consolidating office was told");

      // the last round, opened and closed from the page too
      browser.confirm(By.id("tabs:roundsForm:rounds:1:open"));
      assertEquals("OPEN", round(p, 1).getString("status"));
      browser.confirm(By.id("tabs:roundsForm:rounds:1:close"));
      assertEquals("CLOSED", round(p, 1).getString("status"));

      browser.driver.manage().deleteAllCookies();
      browser.login("hd." + p.suffix, AppraisedCommune.PASSWORD);
      openCampaign(browser, p);
      assertTrue(browser.driver.findElements(By.id("tabs:setupForm")).isEmpty());
      assertTrue(
          browser.driver.findElements(By.cssSelector("[id$=':open'], [id$=':close']")).isEmpty());
      browser.tab("Phê duyệt");
      browser.confirm(By.id("tabs:approvalForm:blocks:0:approve"));
      assertMessage(browser, "tabs:approvalForm:messages", "Đã phê duyệt");
      JsonObject approved = approval(p);
      assertEquals("hd." + p.suffix, approved.getString("approvedBy"));
      assertFalse(approved.containsKey("reopenedAt") && !approved.isNull("reopenedAt"));
      String state = browser.driver.findElement(By.id("tabs:approvalForm")).getText();
      assertTrue(state.contains("hd." + p.suffix), state);

      // reopening needs a reason: refused without one, with nothing changed
      browser.click(By.id("tabs:approvalForm:blocks:0:reopen"));
      browser.waitForAjax();
      browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("reopenForm:reason")));
      browser.click(By.id("reopenForm:confirmReopen"));
      browser.waitForAjax();
      assertFalse(browser.driver.findElement(By.id("reopenForm:messages")).getText().isBlank());
      JsonObject stillApproved = approval(p);
      assertTrue(!stillApproved.containsKey("reopenedAt") || stillApproved.isNull("reopenedAt"));

      String why = "Sở Tư pháp đề nghị xem lại tiêu chí " + kept;
      browser.driver.findElement(By.id("reopenForm:reason")).sendKeys(why);
      browser.click(By.id("reopenForm:confirmReopen"));
      browser.waitForAjax();
      browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("reopenDialog")));
      assertMessage(browser, "tabs:approvalForm:messages", "Đã mở lại");
      JsonObject reopened = approval(p);
      assertEquals(why, reopened.getString("reopenReason"));
      assertEquals("hd." + p.suffix, reopened.getString("reopenedBy"));
      assertTrue(browser.driver.findElement(By.id("tabs:approvalForm")).getText().contains(why));
    }
  }

  @Test
  void anAppraiserReadsTheCampaignWithoutTheSetUpOrTheApproval() throws Exception {
    AppraisedCommune p = new AppraisedCommune();
    try (Browser browser = new Browser()) {
      browser.login("stp." + p.suffix, AppraisedCommune.PASSWORD);
      // no assessment to list: the home page shows the way to the campaigns instead
      assertFalse(browser.driver.findElements(By.id("homeCampaigns")).isEmpty());
      assertTrue(browser.driver.findElements(By.id("assessments")).isEmpty());
      assertTrue(browser.driver.findElements(By.id("topbarForm:dashboard")).isEmpty());
      browser.clickToNewPage(By.id("topbarForm:campaigns"));
      assertTrue(browser.driver.findElements(By.id("newForm:newCampaign")).isEmpty());
      String worklist =
          browser
              .driver
              .findElement(By.cssSelector("a[href*='appraisal/worklist.xhtml']"))
              .getAttribute("href");
      assertTrue(worklist.endsWith("appraisal/worklist.xhtml?campaign=" + p.campaign), worklist);

      openCampaign(browser, p);
      for (String hidden :
          List.of(
              "tabs:setupForm",
              "tabs:submissionsForm",
              "tabs:approvalForm",
              "tabs:roundsForm:progress")) {
        assertTrue(browser.driver.findElements(By.id(hidden)).isEmpty(), hidden);
      }
      assertTrue(browser.driver.findElements(By.cssSelector("[id$=':open']")).isEmpty());
      String rounds = browser.driver.findElement(By.id("tabs:roundsForm")).getText();
      assertTrue(rounds.contains("Vòng 1"), rounds);
      assertEquals(
          403,
          p.justiceAppraiser.post("campaigns/" + p.campaign + "/rounds/1/open", "").statusCode(),
          "the service refuses what the page hides");
    }
  }

  /** The create dialog: a second campaign of the same year is refused, next year's is created. */
  private static void createCampaignFromTheDialog(Browser browser, AppraisedCommune p)
      throws Exception {
    int nextYear = Vietnam.today().getYear() + 1;
    browser.click(By.id("newForm:newCampaign"));
    browser.waitForAjax();
    browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("createForm:name")));
    browser.driver.findElement(By.id("createForm:name")).sendKeys("Đợt sau " + p.suffix);
    // dates through their widgets: keys typed while a date panel opens or closes may land elsewhere
    browser.js(
        "PrimeFaces.widgets['widget_createForm_selfDeadline'].setDate(new Date(arguments[0], 0, 15));"
            + "PrimeFaces.widgets['widget_createForm_submissionDeadline']"
            + ".setDate(new Date(arguments[0], 0, 31))",
        nextYear + 1);
    browser.click(By.id("createForm:create"));
    browser.waitForAjax();
    String duplicate = browser.driver.findElement(By.id("createForm:messages")).getText();
    assertFalse(duplicate.isBlank(), "this year's campaign exists already");
    assertEquals(1, campaigns(p).size());

    WebElement year = browser.driver.findElement(By.id("createForm:year_input"));
    year.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(nextYear), Keys.TAB);
    browser.click(By.id("createForm:create"));
    browser.waitForAjax();
    browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("createDialog")));
    assertMessage(browser, "campaignsForm:messages", "Đã tạo đợt đánh giá năm " + nextYear);
    JsonArray all = campaigns(p);
    assertEquals(2, all.size(), all.toString());
    JsonObject created = all.getJsonObject(0);
    assertEquals(nextYear, created.getInt("year"));
    assertEquals("Đợt sau " + p.suffix, created.getString("name"));
    assertEquals((nextYear + 1) + "-01-31", created.getString("submissionDeadline"));
  }

  private static void openCampaign(Browser browser, AppraisedCommune p) {
    browser.open("province/campaign.xhtml?id=" + p.campaign);
    assertTrue(
        browser.driver.findElement(By.id("subtitle")).getText().contains("Đợt thử " + p.suffix));
  }

  private static void assertMessage(Browser browser, String id, String expected) {
    String text = browser.driver.findElement(By.id(id)).getText();
    assertTrue(text.contains(expected), text);
  }

  private static JsonObject submission(AppraisedCommune p) throws Exception {
    return (JsonObject) Api.json(p.soNoiVu.get("assessments/" + p.assessment + "/submission"));
  }

  private static JsonObject round(AppraisedCommune p, int index) throws Exception {
    JsonObject campaign = (JsonObject) Api.json(p.soNoiVu.get("campaigns/" + p.campaign));
    return campaign.getJsonArray("rounds").getJsonObject(index);
  }

  private static JsonArray campaigns(AppraisedCommune p) throws Exception {
    return (JsonArray) Api.json(p.soNoiVu.get("campaigns?province=" + p.province));
  }

  private static JsonObject approval(AppraisedCommune p) throws Exception {
    JsonArray approvals =
        (JsonArray) Api.json(p.council.get("campaigns/" + p.campaign + "/approvals"));
    assertEquals(1, approvals.size(), approvals.toString());
    return approvals.getJsonObject(0);
  }

  /** The portal notices of the campaign's round to the commune's offices. */
  private static int notices(AppraisedCommune p) throws Exception {
    try (var c = TestDatabase.connect();
        var ps = c.prepareStatement("select count(*) from office_notice where assessment_id = ?")) {
      ps.setLong(1, p.assessment);
      try (var rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
