package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Once a revision is published, its page offers what comes next: to retire the version it revises,
 * after a confirmation, and to move each assessment still on that version, on the move page with
 * the revision already chosen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RevisionFollowUpPageIT {

  @Test
  void thePublishedRevisionOffersToRetireTheOldVersionAndToMoveItsAssessments() throws Exception {
    ScoringCommune commune = new ScoringCommune("sửa đổi");
    Api admin = new Api("admin");
    long revision = publishedRevision(admin, commune);

    try (Browser browser = new Browser()) {
      browser.login("admin");
      browser.open("admin/version.xhtml?id=" + revision);
      String panel =
          browser
              .until(ExpectedConditions.visibilityOfElementLocated(By.id("followUpForm:followUp")))
              .getText();
      assertTrue(panel.contains("vẫn đang áp dụng"), panel);
      assertTrue(panel.contains("UBND xã sửa đổi " + commune.suffix), panel);

      browser.click(By.id("followUpForm:retirePredecessor"));
      browser.until(
          ExpectedConditions.elementToBeClickable(By.id("followUpForm:confirmRetirePredecessor")));
      browser.click(By.id("followUpForm:confirmRetirePredecessor"));
      browser.waitForAjax();
      browser.until(
          ExpectedConditions.invisibilityOfElementLocated(By.id("followUpForm:retirePredecessor")));
      assertEquals("RETIRED", status(admin, commune.version));

      // the assessment is still on the retired version: its move is still offered
      browser.clickToNewPage(By.cssSelector("[id$=':move']"));
      assertTrue(browser.driver.getCurrentUrl().contains("admin/move.xhtml"));
      assertTrue(
          browser
              .driver
              .findElement(By.id("moveForm:target_label"))
              .getText()
              .contains("sửa đổi " + commune.suffix),
          "the revision is already chosen");
    }
  }

  private static long publishedRevision(Api admin, ScoringCommune commune) throws Exception {
    long draft =
        Api.id(
            admin.post(
                "index-versions/" + commune.version + "/revise",
                "{\"name\": \"Bộ chỉ số sửa đổi "
                    + commune.suffix
                    + "\", \"decisionNumber\": \"3/QĐ-UBND\", \"decisionDate\": \"2026-06-01\","
                    + " \"decisionIssuer\": \"UBND tỉnh thử\"}"));
    var published = admin.post("index-versions/" + draft + "/publish", "");
    assertTrue(published.statusCode() / 100 == 2, published.body());
    return draft;
  }

  private static String status(Api admin, long version) throws Exception {
    JsonObject tree = (JsonObject) Api.json(admin.get("index-versions/" + version));
    return tree.getJsonObject("version").getString("status");
  }
}
