package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The unit's remedial plan: refused before the council approves its block, refused to another unit
 * and to an office, recorded by the consolidating office on a criterion where the approved result
 * lost points, read by the Sở Nội vụ; and next year, on a revision of the index, shown beside the
 * criterion that continues the one it was recorded on, in the API and on the office's page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RemedialActionIT {

  private static final String ACTION = "Ban hành kế hoạch CCHC trước ngày 15/12 năm sau";

  @Test
  void aLostCriterionGetsItsActionAfterApprovalAndNextYearShowsIt() throws Exception {
    AppraisedCommune p = new AppraisedCommune();
    String lost = p.leaf("1", 0);
    String kept = p.leaf("1", 1);
    String plan = "assessments/" + p.assessment + "/remedial-actions";
    String body = "{\"action\": \"" + ACTION + "\", \"office\": \"tu-phap\", \"due\": \"%s\"}";
    String due =
        LocalDate.now(Vietnam.ZONE).plusYears(1).withMonth(6).withDayOfMonth(30).toString();

    // the appraisers take every point of one criterion
    p.round(p.round1, "OPEN");
    HttpResponse<String> decided =
        p.justiceAppraiser.put(
            "assessments/" + p.assessment + "/appraisal/" + lost,
            "{\"points\": 0, \"reason\": \"Không có kế hoạch\"}");
    assertEquals(200, decided.statusCode(), decided.body());
    p.round(p.round1, "CLOSED");
    p.round(p.round2, "OPEN");
    p.round(p.round2, "CLOSED");

    // before the council's approval: the lost criterion is listed, recording is refused
    JsonObject before = (JsonObject) Api.json(p.consolidatorA.get(plan));
    assertEquals(false, before.getBoolean("approved"));
    HttpResponse<String> early = p.consolidatorA.put(plan + "/" + lost, body.formatted(due));
    assertEquals(409, early.statusCode(), early.body());

    HttpResponse<String> approved =
        p.council.post("campaigns/" + p.campaign + "/approvals/" + p.block, "");
    assertEquals(200, approved.statusCode(), approved.body());

    // another unit does not know the assessment; an office may not write the plan
    assertEquals(404, p.consolidatorB.put(plan + "/" + lost, body.formatted(due)).statusCode());
    assertEquals(403, p.officeA.put(plan + "/" + lost, body.formatted(due)).statusCode());
    // a criterion that lost nothing needs no action; an empty action is refused
    HttpResponse<String> notLost = p.consolidatorA.put(plan + "/" + kept, body.formatted(due));
    assertEquals(400, notLost.statusCode(), notLost.body());
    assertEquals(400, p.consolidatorA.put(plan + "/" + lost, "{\"action\": \" \"}").statusCode());

    HttpResponse<String> recorded = p.consolidatorA.put(plan + "/" + lost, body.formatted(due));
    assertEquals(200, recorded.statusCode(), recorded.body());
    JsonObject view = (JsonObject) Api.json(recorded);
    assertEquals(ACTION, view.getString("action"));
    assertEquals("tu-phap", view.getString("officeCode"));
    assertEquals(due, view.getString("due"));

    // the province reads the plan
    JsonObject read = (JsonObject) Api.json(p.soNoiVu.get(plan));
    assertTrue(read.getBoolean("approved"));
    JsonObject line = lineOf(read.getJsonArray("lost"), lost);
    assertEquals(ACTION, line.getString("action"));
    assertEquals(0, line.getJsonNumber("finalPoints").bigDecimalValue().signum());
    assertEquals(404, p.consolidatorB.get(plan).statusCode());

    // the unit's page shows the action in its field and saves a change to it
    try (Browser browser = new Browser()) {
      browser.login("cons.a." + p.suffix, AppraisedCommune.PASSWORD);
      browser.open("appraisal/unit.xhtml?assessment=" + p.assessment);
      By field = By.cssSelector("textarea[id$=':action']");
      assertEquals(ACTION, browser.driver.findElement(field).getAttribute("value"));
      // on a phone the plan does not scroll sideways
      browser.driver.manage().window().setSize(new Dimension(390, 844));
      browser.open("appraisal/unit.xhtml?assessment=" + p.assessment);
      assertEquals("", browser.sidewaysOverflow());
      browser.driver.findElement(field).sendKeys("; báo cáo hằng quý");
      browser.click(By.id("remedialForm:save"));
      browser.waitForAjax();
      browser.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("remedialForm:messages"), "Đã lưu kế hoạch khắc phục"));
    }
    assertEquals(
        ACTION + "; báo cáo hằng quý",
        lineOf(((JsonObject) Api.json(p.soNoiVu.get(plan))).getJsonArray("lost"), lost)
            .getString("action"));
    assertEquals(200, p.consolidatorA.put(plan + "/" + lost, body.formatted(due)).statusCode());

    long revision = IndexVersionApiIT.revise(p.version, "Bộ chỉ số năm sau " + p.suffix);
    Long nextYear = null;
    try {
      HttpResponse<String> published = p.admin.post("index-versions/" + revision + "/publish", "");
      assertEquals(204, published.statusCode(), published.body());
      nextYear = nextYear(p, revision, lost);

      JsonObject next =
          (JsonObject)
              Api.json(p.consolidatorA.get("assessments/" + nextYear + "/remedial-actions"));
      JsonArray carried = next.getJsonArray("carriedOver");
      assertEquals(1, carried.size(), carried.toString());
      JsonObject note = carried.getJsonObject(0);
      assertEquals(lost, note.getString("code"));
      assertEquals(lost, note.getString("fromCode"));
      assertEquals(LocalDate.now(Vietnam.ZONE).getYear(), note.getInt("fromYear"));
      assertEquals(ACTION, note.getString("action"));

      try (Browser browser = new Browser()) {
        browser.login("off.a." + p.suffix, AppraisedCommune.PASSWORD);
        browser.open("assessment/criteria.xhtml?assessment=" + nextYear);
        String page = browser.driver.findElement(By.cssSelector(".remedial-note")).getText();
        assertTrue(page.contains("Kế hoạch khắc phục năm " + note.getInt("fromYear")), page);
        assertTrue(page.contains(ACTION), page);
        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.open("assessment/criteria.xhtml?assessment=" + nextYear);
        assertEquals("", browser.sidewaysOverflow());
        browser.click(By.cssSelector("button[id$=':edit']"));
        browser.waitForAjax();
        browser.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#editForm .remedial-note")));
        String dialog =
            browser.driver.findElement(By.cssSelector("#editForm .remedial-note")).getText();
        assertTrue(dialog.contains(ACTION), dialog);
      }
    } finally {
      if (nextYear != null) {
        TestDatabase.deleteAssessment(nextYear);
      }
      YearOverYearIT.removeVersion(revision);
    }

    // the plan can be withdrawn while the approval stands
    assertEquals(204, p.consolidatorA.delete(plan + "/" + lost).statusCode());
    JsonObject withdrawn =
        lineOf(((JsonObject) Api.json(p.consolidatorA.get(plan))).getJsonArray("lost"), lost);
    assertTrue(
        !withdrawn.containsKey("action") || withdrawn.isNull("action"), withdrawn.toString());
  }

  private static JsonObject lineOf(JsonArray lines, String code) {
    return lines.getValuesAs(JsonObject.class).stream()
        .filter(l -> l.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in " + lines));
  }

  /** Unit A's assessment of the next year on the revision, with the criterion given to tu-phap. */
  private static long nextYear(AppraisedCommune p, long revision, String code) throws Exception {
    LocalDate today = LocalDate.now(Vietnam.ZONE);
    HttpResponse<String> created =
        p.consolidatorA.post(
            "assessments",
            "{\"unit\": "
                + p.unitA
                + ", \"year\": "
                + (today.getYear() + 1)
                + ", \"version\": "
                + revision
                + ", \"deadline\": \""
                + today.plusDays(AppraisedCommune.DEADLINE_DAYS)
                + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    long id = Api.id(created);
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into assignment (assessment_id, criterion_id, office_id, is_lead)"
                    + " select ?, c.id, o.id, true from criterion c, office o"
                    + " where c.version_id = ? and c.code = ? and o.code = 'tu-phap'"
                    + " and o.unit_id = ?")) {
      ps.setLong(1, id);
      ps.setLong(2, revision);
      ps.setString(3, code);
      ps.setLong(4, p.unitA);
      assertEquals(1, ps.executeUpdate());
    }
    return id;
  }
}
