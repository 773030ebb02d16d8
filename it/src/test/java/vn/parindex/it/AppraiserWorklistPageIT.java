package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The appraiser's work list page on a commune of the test's own: the justice department sees area 1
 * only, with the commune's document (number, date, issuer) that it may open; a changed score needs
 * a reason, shown next to the field, and a score above the max is refused, both saving nothing; a
 * decision with its reason is saved and shown; "Đồng ý" on the rest decides every criterion. The
 * science department sees no criterion of area 1, the Sở Nội vụ reads without acting, and on a
 * phone the page does not scroll sideways.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AppraiserWorklistPageIT {
  private static final String REASON = "Kế hoạch ban hành chậm so với quy định";

  @Test
  void anAppraiserDecidesItsAreaWithReasonsAndAgreesWithTheRest() throws Exception {
    AppraisedCommune p = new AppraisedCommune();
    String changed = p.leaf("1", 0);
    String tooHigh = p.leaf("1", 1);
    long document = document(p, changed);
    List<String> area1 = p.leaves.keySet().stream().filter(c -> c.startsWith("1.")).toList();
    String page = "appraisal/worklist.xhtml?campaign=" + p.campaign;

    try (Browser browser = new Browser()) {
      browser.driver.manage().window().setSize(new Dimension(1366, 1000));
      browser.login("stp." + p.suffix, AppraisedCommune.PASSWORD);
      browser.open(page);
      // no round open yet: a note, and nothing to act with
      assertTrue(browser.driver.findElement(By.id("worklistForm:noRound")).isDisplayed());
      assertTrue(browser.driver.findElements(By.cssSelector("[id$=':decide']")).isEmpty());

      p.round(p.round1, "OPEN");
      browser.open(page);
      assertTrue(browser.driver.findElement(By.id("worklistForm:roundOpen")).isDisplayed());
      assertEquals(
          "0 / " + area1.size(),
          browser.driver.findElement(By.id("worklistForm:progress")).getText());
      List<String> codes = shownCodes(browser);
      assertFalse(codes.isEmpty());
      assertTrue(codes.stream().allMatch(c -> c.startsWith("1.")), codes.toString());

      // the document: number, date and issuer on a link to the portal's file, which opens
      WebElement link =
          browser.driver.findElement(
              By.cssSelector("a.worklist-document[href$='/files/evidence/" + document + "/file']"));
      String text = link.getText();
      assertTrue(text.contains("07/KH-UBND"), text);
      assertTrue(text.contains("15/03/2026"), text);
      assertTrue(text.contains("UBND xã Thẩm định A"), text);
      assertEquals("_blank", link.getAttribute("target"));
      assertEquals(200, openWithSession(browser, link.getAttribute("href")));

      // a changed score without a reason: refused next to the reason, the dialog keeps the input
      openDecision(browser, p, changed);
      browser.type("decisionForm:points", "0");
      browser.type("decisionForm:reason", "");
      browser.click(By.id("decisionForm:saveDecision"));
      browser.waitForAjax();
      String refusal = browser.driver.findElement(By.id("decisionForm:reasonMessage")).getText();
      assertTrue(refusal.contains("lý do"), refusal);
      assertTrue(browser.driver.findElement(By.id("decisionDialog")).isDisplayed());
      assertEquals(
          "0", browser.driver.findElement(By.id("decisionForm:points")).getAttribute("value"));
      assertFalse(item(p, changed).getBoolean("decided"), "nothing saved");
      browser.screenshot("worklist-refusal.png");

      // with a reason it is saved and shown in the row
      browser.type("decisionForm:reason", REASON);
      browser.click(By.id("decisionForm:saveDecision"));
      browser.waitForAjax();
      browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("decisionDialog")));
      JsonObject saved = item(p, changed);
      assertTrue(saved.getBoolean("decided"), saved.toString());
      JsonObject decision = saved.getJsonArray("decisions").getJsonObject(0);
      assertEquals(
          0, BigDecimal.ZERO.compareTo(decision.getJsonNumber("points").bigDecimalValue()));
      assertEquals(REASON, decision.getString("reason"));
      assertTrue(row(browser, p, changed).getText().contains(REASON));
      browser.screenshot("worklist.png");
      assertEquals(
          "1 / " + area1.size(),
          browser.driver.findElement(By.id("worklistForm:progress")).getText());

      // above the max: refused next to the points, nothing saved
      openDecision(browser, p, tooHigh);
      browser.type(
          "decisionForm:points", p.leaves.get(tooHigh).add(BigDecimal.ONE).toPlainString());
      browser.type("decisionForm:reason", "Vượt điểm tối đa");
      browser.click(By.id("decisionForm:saveDecision"));
      browser.waitForAjax();
      String above = browser.driver.findElement(By.id("decisionForm:pointsMessage")).getText();
      assertFalse(above.isBlank(), "refusal shown next to the points");
      assertTrue(browser.driver.findElement(By.id("decisionDialog")).isDisplayed());
      assertFalse(item(p, tooHigh).getBoolean("decided"), "nothing saved");
      browser.click(By.cssSelector("#decisionForm button.ui-button-flat"));

      // "Đồng ý" on every criterion not yet decided, page by page
      browser.click(By.cssSelector("[id='worklistForm:undecided'] .ui-chkbox-box"));
      browser.waitForAjax();
      int agreed = 0;
      while (!browser.driver.findElements(By.cssSelector("td.ui-selection-column")).isEmpty()) {
        int onPage = shownCodes(browser).size();
        browser.click(By.cssSelector("th.ui-selection-column .ui-chkbox-box"));
        browser.waitForAjax();
        browser.click(By.id("worklistForm:agree"));
        browser.waitForAjax();
        String question = browser.driver.findElement(By.id("agreeForm:agreeQuestion")).getText();
        assertTrue(question.contains(String.valueOf(onPage)), question);
        browser.click(By.id("agreeForm:confirmAgree"));
        browser.waitForAjax();
        String said = browser.driver.findElement(By.id("worklistForm:messages")).getText();
        assertTrue(said.contains("Đã đồng ý " + onPage + " tiêu chí"), said);
        agreed += onPage;
      }
      assertEquals(area1.size() - 1, agreed);
      assertEquals(
          area1.size() + " / " + area1.size(),
          browser.driver.findElement(By.id("worklistForm:progress")).getText());
    }
    JsonObject progress =
        (JsonObject) Api.json(p.soNoiVu.get("campaigns/" + p.campaign + "/appraisal/progress"));
    JsonObject justice =
        progress.getJsonArray("departments").getValuesAs(JsonObject.class).stream()
            .filter(d -> d.getJsonNumber("id").longValue() == p.justice)
            .findFirst()
            .orElseThrow();
    assertEquals(justice.getInt("total"), justice.getInt("decided"), progress.toString());

    // the science department's list holds no criterion of area 1
    try (Browser browser = new Browser()) {
      browser.login("skh." + p.suffix, AppraisedCommune.PASSWORD);
      browser.open(page);
      List<String> codes = shownCodes(browser);
      assertFalse(codes.isEmpty());
      assertTrue(codes.stream().noneMatch(c -> c.startsWith("1.")), codes.toString());
    }

    // the Sở Nội vụ reads, without acting
    try (Browser browser = new Browser()) {
      browser.login("snv." + p.suffix, AppraisedCommune.PASSWORD);
      browser.open(page);
      assertFalse(shownCodes(browser).isEmpty());
      assertTrue(browser.driver.findElement(By.id("worklistForm:readOnly")).isDisplayed());
      assertTrue(browser.driver.findElements(By.cssSelector("[id$=':decide']")).isEmpty());
      assertTrue(browser.driver.findElements(By.id("worklistForm:agree")).isEmpty());
    }

    // on a phone the rows stack and nothing scrolls sideways
    try (Browser browser = new Browser()) {
      browser.driver.manage().window().setSize(new Dimension(390, 844));
      browser.login("stp." + p.suffix, AppraisedCommune.PASSWORD);
      browser.open(page);
      browser.screenshot("worklist-phone.png");
      assertEquals("", browser.sidewaysOverflow());
    }
  }

  /**
   * A document of the commune, uploaded through the API as before its submission (the assessment
   * open, the submission set aside for the upload) and linked to the criterion by SQL.
   */
  private static long document(AppraisedCommune p, String code) throws Exception {
    ProvinceRows.update("update assessment set status = 'OPEN' where id = ?", p.assessment);
    ProvinceRows.update(
        "update submission set status = 'RETURNED' where assessment_id = ?", p.assessment);
    HttpResponse<String> uploaded =
        p.consolidatorA.uploadFile(
            "evidence?assessment="
                + p.assessment
                + "&number=07%2FKH-UBND&date=2026-03-15&issuer=UBND%20x%C3%A3%20Th%E1%BA%A9m"
                + "%20%C4%91%E1%BB%8Bnh%20A&summary=Ke-hoach-cai-cach",
            "ke-hoach.pdf",
            SamplePdf.pdf("Ke hoach cai cach hanh chinh"));
    ProvinceRows.update(
        "update submission set status = 'SUBMITTED' where assessment_id = ?", p.assessment);
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    long document = Api.id(uploaded);
    link(p, document, code);
    return document;
  }

  private static void link(AppraisedCommune p, long document, String code) throws SQLException {
    ProvinceRows.update(
        "insert into assignment (assessment_id, criterion_id, office_id, is_lead)"
            + " select ?, c.id, o.id, true from criterion c, office o"
            + " where c.version_id = ? and c.code = ? and o.unit_id = ? and o.code = 'van-phong'"
            + " on conflict do nothing",
        p.assessment,
        p.version,
        code,
        p.unitA);
    ProvinceRows.update(
        "insert into evidence_link (evidence_id, assignment_id, linked_by, linked_at)"
            + " select ?, min(a.id), 'cons.a', ? from assignment a join criterion c"
            + " on c.id = a.criterion_id where a.assessment_id = ? and c.code = ?",
        document,
        Timestamp.from(Instant.now()),
        p.assessment,
        code);
  }

  /** What the work list API says of one criterion of the commune, as its appraiser reads it. */
  private static JsonObject item(AppraisedCommune p, String code) throws Exception {
    JsonArray list =
        (JsonArray) Api.json(p.justiceAppraiser.get("campaigns/" + p.campaign + "/appraisal"));
    return list.getValuesAs(JsonObject.class).stream()
        .filter(i -> i.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> shownCodes(Browser browser) {
    return browser
        .driver
        .findElements(By.cssSelector("[id='worklistForm:rows'] .criterion-code"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  private static WebElement row(Browser browser, AppraisedCommune p, String code) {
    return browser.driver.findElement(
        By.cssSelector("tr[data-rk='" + p.assessment + "/" + code + "']"));
  }

  private static void openDecision(Browser browser, AppraisedCommune p, String code) {
    browser.click(
        By.cssSelector("tr[data-rk='" + p.assessment + "/" + code + "'] [id$=':decide']"));
    browser.waitForAjax();
    browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("decisionForm:points")));
  }

  /** Fetches a link of the page with the browser's session, as a new tab would. */
  private static int openWithSession(Browser browser, String href) throws Exception {
    Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(href))
            .header("Cookie", "JSESSIONID=" + session.getValue())
            .GET()
            .build();
    return HttpClient.newHttpClient()
        .send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
