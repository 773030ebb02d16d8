package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * While the database is unreachable (as while PostgreSQL restarts) the API answers 503 with a
 * translated message and Retry-After, the portal a page saying so; the first requests once it is
 * back succeed, because the pool validates its connections before handing them out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {

  @Test
  void whileTheDatabaseIsDownTheApiAnswers503WithRetryAfterAndRecoversAfterwards()
      throws Exception {
    Api office = new Api("tuphap");
    assertEquals(200, office.get("assessments/1/criteria").statusCode());

    try (DatabaseOutage outage = DatabaseOutage.begin()) {
      HttpResponse<String> vi = office.get("assessments/1/criteria");
      HttpResponse<String> en = new Api("tuphap").inEnglish().get("assessments/1/criteria");

      assertEquals(503, vi.statusCode(), vi.body());
      assertTrue(
          vi.headers().firstValue("Retry-After").orElse("").matches("\\d+"),
          vi.headers().toString());
      assertTrue(vi.body().contains("\"status\":503"), vi.body());
      assertTrue(vi.body().contains("Cơ sở dữ liệu"), vi.body());
      assertEquals(503, en.statusCode(), en.body());
      assertTrue(en.body().contains("database"), en.body());
    }

    HttpResponse<String> after = office.get("assessments/1/criteria");
    assertEquals(200, after.statusCode(), "the first request after the outage: " + after.body());
  }

  @Test
  void whileTheDatabaseIsDownThePortalSaysSoAndThePageWorksAgainAfterwards() throws Exception {
    try (Browser browser = new Browser()) {
      browser.login("tuphap");
      browser.open("assessment/criteria.xhtml?assessment=1");
      assertTrue(browser.driver.findElements(By.id("criteriaForm")).size() > 0);

      try (DatabaseOutage outage = DatabaseOutage.begin()) {
        browser.open("assessment/criteria.xhtml?assessment=1");
        String page = browser.driver.findElement(By.tagName("body")).getText();
        assertTrue(page.contains("Cơ sở dữ liệu"), page);
      }

      browser.open("assessment/criteria.xhtml?assessment=1");
      assertTrue(browser.driver.findElements(By.id("criteriaForm")).size() > 0);
    }
  }
}
