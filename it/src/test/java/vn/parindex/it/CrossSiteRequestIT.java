package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;

/**
 * A page of another origin auto-submits forms to the API (publish an index draft, accept a score,
 * run the reminders) and to a portal form, while the victim, an administrator, is signed in to the
 * portal in the same browser. Nothing changes: the API ignores the portal's cookie, the cookie is
 * not sent on another site's posts (SameSite=Lax), and a portal post without the view state the
 * server gave the page is refused. The attack runs from another site (127.0.0.1) and from another
 * port of the same site (localhost), where the browser does send the cookie.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteRequestIT {
  private static final String ACCEPTED_CODE = "2.1";
  private final String suffix = Long.toString(System.nanoTime(), 36);

  @Test
  void theApiTreatsARequestWithOnlyThePortalCookieAsUnauthenticated() throws Exception {
    try (Browser browser = new Browser()) {
      browser.login("admin");
      Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
      HttpClient http = HttpClient.newHttpClient();
      String cookie = "JSESSIONID=" + session.getValue();

      assertEquals(200, withCookie(http, cookie, "index.xhtml").statusCode(), "the portal");
      assertEquals(401, withCookie(http, cookie, "api/assessments").statusCode(), "the API");
      assertEquals(
          200,
          withCookie(http, cookie, "files/assessments/1/scorecard.pdf").statusCode(),
          "the portal's file links");
      HttpResponse<String> post =
          http.send(
              HttpRequest.newBuilder(URI.create(Api.BASE + "notifications/reminders"))
                  .header("Cookie", cookie)
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(401, post.statusCode(), post.body());
      HttpResponse<String> filePost =
          http.send(
              HttpRequest.newBuilder(URI.create(Browser.PORTAL + "files/notifications/reminders"))
                  .header("Cookie", cookie)
                  .POST(HttpRequest.BodyPublishers.noBody())
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(405, filePost.statusCode(), "the file links only read");
    }
  }

  @Test
  void formsPostedFromAnotherOriginChangeNothing() throws Exception {
    Api admin = new Api("admin");
    long draft =
        ((JsonObject)
                Api.json(
                    admin.post(
                        "index-versions/1/revise",
                        "{\"name\": \"Bản nháp CSRF "
                            + suffix
                            + "\", \"decisionNumber\": \"1/QĐ\", \"decisionDate\": \"2023-09-21\","
                            + " \"decisionIssuer\": \"UBND tỉnh\"}")))
            .getJsonNumber("id")
            .longValue();
    List<Map<String, Object>> scores = TestDatabase.selfScoreRows(ACCEPTED_CODE);
    HttpServer attacker = HttpServer.create(new InetSocketAddress(0), 0);
    try {
      Api office = new Api("tuphap");
      HttpResponse<String> saved =
          office.selfScore(ACCEPTED_CODE, "{\"inputs\": {\"achieved\": 1, \"total\": 2}}");
      assertEquals(200, saved.statusCode(), saved.body());
      setStatus("tu-phap", ACCEPTED_CODE, "SUBMITTED");
      LocalDate reminderDay = deadline().minusDays(1);

      String page = forgedPage(draft, reminderDay);
      attacker.createContext(
          "/",
          exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          });
      attacker.start();
      int port = attacker.getAddress().getPort();

      try (Browser browser = new Browser()) {
        browser.login("admin");
        for (String origin : List.of("http://127.0.0.1:" + port, "http://localhost:" + port)) {
          browser.driver.get(origin + "/forged.html");
          // the last form posts to the portal in the window itself: once its answer is there, the
          // forms posted before it into the frames have been answered too
          browser.until(d -> d.getCurrentUrl().startsWith(Browser.PORTAL));
          browser.waitForPage();
          // "nothing happened" has no event to wait for: a forged request still in flight would
          // have changed the database within this second
          Thread.sleep(1000);

          assertEquals("DRAFT", versionStatus(draft), origin + ": the draft is not published");
          assertEquals(
              "SUBMITTED", status("tu-phap", ACCEPTED_CODE), origin + ": the score not accepted");
          assertEquals(0, remindersOn(reminderDay), origin + ": no reminder was sent");
          assertEquals(0, unitsNamed("Đơn vị giả mạo " + suffix), origin + ": no unit created");
        }
      }
    } finally {
      attacker.stop(0);
      TestDatabase.restoreSelfScores(scores, ACCEPTED_CODE);
    }
  }

  /** The attacker's page: three forms into hidden frames, then one to the portal in the window. */
  private String forgedPage(long draft, LocalDate reminderDay) {
    String api = Api.BASE;
    return "<!DOCTYPE html><html><body><h1>Khuyến mãi</h1>"
        + "<iframe name='f1'></iframe><iframe name='f2'></iframe><iframe name='f3'></iframe>"
        + "<form id='publish' method='post' target='f1' action='"
        + api
        + "index-versions/"
        + draft
        + "/publish'></form>"
        + "<form id='accept' method='post' target='f2' action='"
        + api
        + "assessments/1/review/"
        + ACCEPTED_CODE
        + "/tu-phap/accept'></form>"
        + "<form id='remind' method='post' target='f3' action='"
        + api
        + "notifications/reminders?today="
        + reminderDay
        + "'></form>"
        + "<form id='portal' method='post' action='"
        + Browser.PORTAL
        + "admin/organisation.xhtml'>"
        + "<input name='unitForm' value='unitForm'>"
        + "<input name='unitForm:name' value='Đơn vị giả mạo "
        + suffix
        + "'>"
        + "<input name='unitForm:level_input' value='district'>"
        + "<input name='unitForm:placeName' value='Giả mạo'>"
        + "<input name='unitForm:save' value='unitForm:save'>"
        + "<input name='jakarta.faces.ViewState' value='-1:-1'>"
        + "</form>"
        + "<script>"
        + "['publish', 'accept', 'remind'].forEach(function (id) {"
        + " document.getElementById(id).submit(); });"
        + "setTimeout(function () { document.getElementById('portal').submit(); }, 1500);"
        + "</script></body></html>";
  }

  private static HttpResponse<String> withCookie(HttpClient http, String cookie, String path)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(Browser.PORTAL + path)).header("Cookie", cookie).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
  }

  private static LocalDate deadline() throws SQLException {
    return LocalDate.parse(single("select deadline::text from assessment where id = 1"));
  }

  private static String versionStatus(long id) throws SQLException {
    return single("select status from index_version where id = " + id);
  }

  private static long remindersOn(LocalDate day) throws SQLException {
    return Long.parseLong(
        single("select count(*) from notification_log where sent_day = '" + day + "'"));
  }

  private static long unitsNamed(String name) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement("select count(*) from assessed_unit where name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String status(String office, String code) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement("select s.status" + SCORE_OF)) {
      ps.setString(1, office);
      ps.setString(2, code);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), office + " " + code);
        return rs.getString(1);
      }
    }
  }

  private static void setStatus(String office, String code, String status) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "update self_score set status = ? where id = (select s.id" + SCORE_OF + ")")) {
      ps.setString(1, status);
      ps.setString(2, office);
      ps.setString(3, code);
      assertEquals(1, ps.executeUpdate());
    }
  }

  private static final String SCORE_OF =
      " from self_score s join assignment a on a.id = s.assignment_id"
          + " join criterion c on c.id = a.criterion_id join office o on o.id = a.office_id"
          + " join assessment x on x.id = a.assessment_id"
          + " where x.id = 1 and o.code = ? and c.code = ? and c.version_id = x.version_id";

  private static String single(String sql) throws SQLException {
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      assertTrue(rs.next(), sql);
      return rs.getString(1);
    }
  }
}
