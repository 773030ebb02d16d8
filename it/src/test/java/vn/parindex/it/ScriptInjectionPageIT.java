package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Script in every name a person can type (unit, office, account, index node and version, evidence
 * metadata, explanation, comment, review comment) stays text on the pages that show them: the
 * dashboard and its charts, the review, the consolidation, the tree editor, the organisation and
 * the office's scoring dialog. No element is injected, no alert opens and the Content-Security-
 * Policy reports no violation. The test works in a unit and a 2023 assessment of its own, which it
 * deletes afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScriptInjectionPageIT {
  /** Ends a script, opens an element with a handler, runs a script, in one name. */
  private static final String PAYLOAD =
      "</script><img src=x data-xss=1 onerror=alert(1)><script>alert(2)</script>"
          + "<svg data-xss=1 onload=alert(3)>";

  /** For the short fields (a document number has 60 characters). */
  private static final String SHORT = "<b data-xss=1 onclick=alert(4)>9</b>";

  /** Installed in every document before its own scripts: catches alerts and CSP violations. */
  private static final String TRAP =
      "window.__alerts = []; window.__violations = [];"
          + " window.alert = window.confirm = window.prompt = function (m) {"
          + " window.__alerts.push(String(m)); };"
          + " document.addEventListener('securitypolicyviolation', function (e) {"
          + " window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' '"
          + " + (e.sample || '')); });";

  private static final String CRITERION = "2.1";
  private static final String OFFICE = "phong-thu";

  private final Api admin = new Api("admin");
  private final String suffix = Long.toString(System.nanoTime(), 36);

  @Test
  void scriptInEveryNameStaysTextOnEveryPage() throws Exception {
    String unitName = "UBND " + PAYLOAD + " " + suffix;
    String officeName = "Phòng " + PAYLOAD;
    String username = "xss." + suffix;
    String password = "mat-khau-" + suffix + "-thu";
    long unit = created(admin.post("units", unitJson(unitName)));
    assertEquals(
        201,
        admin
            .post(
                "units/" + unit + "/offices",
                "{\"code\": \"" + OFFICE + "\", \"name\": " + json(officeName) + "}")
            .statusCode());
    HttpResponse<String> account =
        admin.post(
            "users",
            "{\"username\": \""
                + username
                + "\", \"displayName\": "
                + json(PAYLOAD)
                + ", \"email\": \"xss@example.org\", \"unit\": "
                + unit
                + ", \"office\": \""
                + OFFICE
                + "\", \"roles\": [\"OFFICE\"], \"password\": \""
                + password
                + "\"}");
    assertEquals(201, account.statusCode(), account.body());
    long assessment =
        created(
            admin.post(
                "assessments",
                "{\"unit\": "
                    + unit
                    + ", \"year\": 2023, \"version\": 1, \"deadline\": \""
                    + LocalDate.now().plusDays(30)
                    + "\"}"));
    long draft = 0;
    try {
      assignEverythingAndOpen(assessment);
      Api office = new Api(username, password);
      String base = "assessments/" + assessment + "/criteria/" + CRITERION;
      HttpResponse<String> scored =
          office.put(
              base + "/self-score",
              "{\"inputs\": {\"achieved\": 1, \"total\": 2}, \"explanation\": "
                  + json(PAYLOAD)
                  + "}");
      assertEquals(200, scored.statusCode(), scored.body());
      HttpResponse<String> document =
          office.uploadFile(
              "evidence?assessment="
                  + assessment
                  + "&criterion="
                  + CRITERION
                  + "&number="
                  + encoded(SHORT)
                  + "&date=2023-06-30&issuer="
                  + encoded(PAYLOAD)
                  + "&summary="
                  + encoded(PAYLOAD),
              "bao-cao.pdf",
              SamplePdf.pdf("Bao cao"));
      assertEquals(201, document.statusCode(), document.body());
      HttpResponse<String> comment =
          office.post(base + "/comments", "{\"text\": " + json(PAYLOAD) + "}");
      assertEquals(201, comment.statusCode(), comment.body());
      submitted(assessment);
      HttpResponse<String> returned =
          admin.post(
              "assessments/" + assessment + "/review/" + CRITERION + "/" + OFFICE + "/return",
              "{\"text\": " + json(PAYLOAD) + "}");
      assertEquals(204, returned.statusCode(), returned.body());
      draft = draftWithANodeNamed(PAYLOAD);

      try (Browser browser = new Browser()) {
        trap(browser);
        browser.login("admin");
        assertClean(browser, "dashboard.xhtml?id=" + assessment);
        assertTrue(
            chartLabels(browser, "unitChart").contains(unitName),
            "the unit's name is a label of the chart, as it is");
        assertTrue(chartLabels(browser, "progressChart").contains(officeName));
        assertClean(browser, "assessment/review.xhtml?assessment=" + assessment);
        assertClean(browser, "consolidation/scorecard.xhtml?id=" + assessment);
        assertClean(browser, "admin/version.xhtml?id=" + draft);
        assertClean(browser, "admin/versions.xhtml");
        assertClean(browser, "admin/organisation.xhtml");
      }
      try (Browser browser = new Browser()) {
        trap(browser);
        browser.login(username, password);
        assertClean(browser, "assessment/criteria.xhtml?assessment=" + assessment);
        browser.click(
            By.xpath(
                "//tr[.//span[contains(@class,'criterion-code') and normalize-space()='"
                    + CRITERION
                    + "']]//button[contains(@id,':edit')]"));
        browser.waitForAjax();
        browser.until(
            ExpectedConditions.visibilityOfElementLocated(By.id("evidenceForm:documents")));
        assertNothingRan(browser, "the scoring dialog");
        String dialog = browser.driver.findElement(By.id("evidenceForm:documents")).getText();
        assertTrue(dialog.contains(SHORT), dialog);
      }
    } finally {
      TestDatabase.deleteAssessment(assessment);
    }
  }

  private void assignEverythingAndOpen(long assessment) throws Exception {
    JsonObject matrix = (JsonObject) Api.json(admin.get("assignments/" + assessment));
    Set<String> areas = new LinkedHashSet<>();
    matrix.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .forEach(r -> areas.add(r.getString("areaCode")));
    for (String area : areas) {
      HttpResponse<String> bulk =
          admin.put("assignments/" + assessment + "/areas/" + area + "/" + OFFICE, "");
      assertEquals(200, bulk.statusCode(), bulk.body());
    }
    HttpResponse<String> opened = admin.post("assessments/" + assessment + "/open", "");
    assertEquals(200, opened.statusCode(), opened.body());
  }

  /** The review needs a submitted score: set so directly, in this test's own assessment. */
  private static void submitted(long assessment) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "update self_score set status = 'SUBMITTED' where assignment_id ="
                    + " (select a.id from assignment a join criterion k on k.id = a.criterion_id"
                    + " join office o on o.id = a.office_id"
                    + " where a.assessment_id = ? and k.code = ? and o.code = ?)")) {
      ps.setLong(1, assessment);
      ps.setString(2, CRITERION);
      ps.setString(3, OFFICE);
      assertEquals(1, ps.executeUpdate());
    }
  }

  private long draftWithANodeNamed(String name) throws Exception {
    long draft =
        created(
            admin.post(
                "index-versions/1/revise",
                "{\"name\": "
                    + json(name)
                    + ", \"decisionNumber\": \"1/QĐ\", \"decisionDate\": \"2023-09-21\","
                    + " \"decisionIssuer\": "
                    + json(SHORT)
                    + "}"));
    HttpResponse<String> node =
        admin.put(
            "index-versions/" + draft + "/nodes/1.1",
            "{\"name\": "
                + json(name)
                + ", \"maxPoints\": 1, \"ruleType\": \"timeliness\", \"onTime\": 1, \"late\": 0.25}");
    assertEquals(204, node.statusCode(), node.body());
    return draft;
  }

  private static void trap(Browser browser) {
    ((ChromeDriver) browser.driver)
        .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
  }

  private static void assertClean(Browser browser, String page) {
    browser.open(page);
    browser.waitForAjax();
    assertTrue(
        !browser.driver.getCurrentUrl().contains("login.xhtml")
            && browser
                .driver
                .findElements(By.cssSelector(".empty-state .pi-exclamation-triangle"))
                .isEmpty(),
        page + " opened: " + browser.driver.getCurrentUrl());
    assertNothingRan(browser, page);
    assertTrue(
        Boolean.TRUE.equals(
            browser.js("return document.body.textContent.indexOf(arguments[0]) >= 0", "data-xss")),
        page + " shows a name with the script as text");
  }

  private static void assertNothingRan(Browser browser, String where) {
    assertEquals(
        0L,
        browser.js(
            "return document.querySelectorAll('[data-xss], img[src=\"x\"], svg[onload]').length"),
        where + ": an injected element");
    assertEquals(List.of(), browser.js("return window.__alerts"), where + ": an alert");
    assertEquals(List.of(), browser.js("return window.__violations"), where + ": a CSP violation");
  }

  @SuppressWarnings("unchecked")
  private static List<String> chartLabels(Browser browser, String id) {
    return (List<String>)
        browser.until(
            d ->
                browser.js(
                    "var canvas = document.querySelector(\"[id$='"
                        + id
                        + "'] canvas\");"
                        + " var chart = canvas && window.Chart && Chart.getChart(canvas);"
                        + " return chart ? chart.data.labels : null;"));
  }

  private static String unitJson(String name) {
    return "{\"name\": "
        + json(name)
        + ", \"level\": \"district\", \"superiorName\": "
        + json(SHORT)
        + ", \"placeName\": \"An Lão\"}";
  }

  private static long created(HttpResponse<String> response) {
    assertEquals(201, response.statusCode(), response.body());
    return ((JsonObject) Api.json(response)).getJsonNumber("id").longValue();
  }

  private static String json(String text) {
    return Json.createValue(text).toString();
  }

  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
