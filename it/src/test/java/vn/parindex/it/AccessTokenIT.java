package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HexFormat;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Personal access tokens through the API of the real EAR against PostgreSQL: created with a
 * password, used as Bearer within their scope, refused once revoked, expired or disabled, never
 * stored in clear, unable to manage tokens, and counted in the sign-in throttle when wrong.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessTokenIT {
  private static final String SELF_SCORE = "{\"inputs\": {\"timeliness\": \"ON_TIME\"}}";
  private static Fixture fixture;

  /** A unit of the test's own with an open assessment whose criteria its office scores. */
  private static final class Fixture {
    final String suffix = Long.toString(System.nanoTime(), 36);
    final Api admin = new Api("admin");
    final String officeName = "tok.off." + suffix;
    final String password = SignIns.strongPassword();
    final Api office;
    final long assessment;

    Fixture() throws Exception {
      long version = AccessFixture.demoVersion(admin);
      long unit = TestUnits.unit(admin, "UBND xã Khóa truy cập " + suffix, "district");
      TestUnits.office(admin, unit, "noi-vu", "Phòng Nội vụ", true);
      TestUnits.office(admin, unit, "tu-phap", "Phòng Tư pháp", false);
      Api consolidator =
          TestAccounts.open(
              "tok.cons." + suffix, unit, "noi-vu", "\"OFFICE\", \"CONSOLIDATOR\"", null, password);
      office = TestAccounts.open(officeName, unit, "tu-phap", "\"OFFICE\"", null, password);
      LocalDate deadline = LocalDate.now(Vietnam.ZONE).plusDays(AppraisedCommune.DEADLINE_DAYS);
      assessment =
          Api.id(
              consolidator.post(
                  "assessments",
                  "{\"unit\": "
                      + unit
                      + ", \"year\": "
                      + deadline.getYear()
                      + ", \"version\": "
                      + version
                      + ", \"deadline\": \""
                      + deadline
                      + "\"}"));
      JsonObject tree = (JsonObject) Api.json(admin.get("index-versions/" + version));
      for (JsonObject node : IndexVersionApiIT.nodes(tree)) {
        String code = node.getString("code");
        if (!code.contains(".")) {
          consolidator.put("assignments/" + assessment + "/areas/" + code + "/tu-phap", "");
        }
      }
      Api.json(consolidator.post("assessments/" + assessment + "/open", ""));
    }

    String criteria() {
      return "assessments/" + assessment + "/criteria";
    }

    String selfScore() {
      return criteria() + "/2.2.1/self-score";
    }
  }

  private static synchronized Fixture fixture() throws Exception {
    if (fixture == null) {
      fixture = new Fixture();
    }
    return fixture;
  }

  /**
   * The refused tokens of a test count against the loopback address: the next test starts clear.
   */
  @AfterEach
  void clearTheAddress() throws Exception {
    SignIns.clearLoopback();
  }

  @Test
  void aTokenCreatedWithThePasswordReadsTheCriteriaAndOnlyItsHashIsStored() throws Exception {
    Fixture f = fixture();
    HttpResponse<String> created =
        f.office.post("tokens", "{\"name\": \"Đọc tiêu chí\", \"scope\": \"READ\"}");
    assertEquals(201, created.statusCode(), created.body());
    JsonObject body = (JsonObject) Api.json(created);
    String secret = body.getString("secret");
    long id = body.getJsonObject("token").getJsonNumber("id").longValue();
    assertTrue(secret.matches("pat_[A-Za-z0-9_-]{43}"), secret);
    assertEquals("ACTIVE", body.getJsonObject("token").getString("status"));
    assertEquals(
        LocalDate.now(Vietnam.ZONE).plusDays(90).toString(),
        body.getJsonObject("token").getString("expiresOn"));

    HttpResponse<String> criteria = Api.bearer(secret).get(f.criteria());
    assertEquals(200, criteria.statusCode(), criteria.body());
    assertTrue(criteria.body().contains("\"2.2.1\""), criteria.body());

    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement("select * from access_token where id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(sha256(secret), rs.getString("secret_hash"));
        for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
          String value = rs.getString(column);
          assertFalse(
              value != null && value.contains(secret.substring(4)),
              "column " + rs.getMetaData().getColumnName(column) + " holds the secret");
        }
        assertTrue(rs.getTimestamp("last_used_at") != null, "the use is recorded");
      }
    }
    JsonArray mine = (JsonArray) Api.json(f.office.get("tokens"));
    assertTrue(mine.toString().contains("\"id\":" + id), mine.toString());
    assertFalse(mine.toString().contains(secret), "a list never shows a secret");
  }

  @Test
  void aReadTokenMayNotSaveAndAWriteTokenMay() throws Exception {
    Fixture f = fixture();
    String read = secret(f.office, "READ");
    String write = secret(f.office, "WRITE");

    HttpResponse<String> refused = Api.bearer(read).put(f.selfScore(), SELF_SCORE);
    assertEquals(403, refused.statusCode(), refused.body());
    assertTrue(refused.body().contains("\"status\":403"), refused.body());
    assertTrue(refused.body().contains("chỉ được đọc"), refused.body());

    HttpResponse<String> saved = Api.bearer(write).put(f.selfScore(), SELF_SCORE);
    assertEquals(200, saved.statusCode(), saved.body());
  }

  @Test
  void aRevokedTokenIsRefused() throws Exception {
    Fixture f = fixture();
    HttpResponse<String> created =
        f.office.post("tokens", "{\"name\": \"Thu hồi\", \"scope\": \"READ\"}");
    JsonObject body = (JsonObject) Api.json(created);
    String secret = body.getString("secret");
    long id = body.getJsonObject("token").getJsonNumber("id").longValue();
    assertEquals(200, Api.bearer(secret).get(f.criteria()).statusCode());

    HttpResponse<String> revoked = f.office.delete("tokens/" + id);
    assertEquals(200, revoked.statusCode(), revoked.body());
    assertTrue(revoked.body().contains("\"status\":\"REVOKED\""), revoked.body());

    assertEquals(401, Api.bearer(secret).get(f.criteria()).statusCode());
    // another account's token is not found, whoever asks
    assertEquals(404, f.admin.delete("tokens/" + Long.MAX_VALUE).statusCode());
  }

  @Test
  void anExpiredTokenIsRefused() throws Exception {
    Fixture f = fixture();
    String secret = secret(f.office, "READ");
    assertEquals(200, Api.bearer(secret).get(f.criteria()).statusCode());

    try (Connection c = TestDatabase.connect();
        PreparedStatement ps =
            c.prepareStatement("update access_token set expires_on = ? where secret_hash = ?")) {
      ps.setObject(1, LocalDate.now(Vietnam.ZONE).minusDays(1));
      ps.setString(2, sha256(secret));
      assertEquals(1, ps.executeUpdate());
    }

    assertEquals(401, Api.bearer(secret).get(f.criteria()).statusCode());
    assertTrue(f.office.get("tokens").body().contains("\"status\":\"EXPIRED\""));
  }

  @Test
  void aTokenCannotManageTokens() throws Exception {
    Fixture f = fixture();
    Api token = Api.bearer(secret(f.office, "WRITE"));

    HttpResponse<String> create =
        token.post("tokens", "{\"name\": \"Kế thừa\", \"scope\": \"WRITE\"}");
    assertEquals(403, create.statusCode(), create.body());
    assertTrue(create.body().contains("\"status\":403"), create.body());
    assertEquals(403, token.get("tokens").statusCode());
    assertEquals(403, token.delete("tokens/1").statusCode());
  }

  @Test
  void aDisabledAccountsTokenIsRefused() throws Exception {
    Fixture f = fixture();
    String username = "tok.dis." + f.suffix;
    String password = SignIns.strongPassword();
    SignIns.openAccount(username, password);
    String secret = secret(new Api(username, password), "READ");
    assertEquals(200, Api.bearer(secret).get("assessments").statusCode());

    Api.json(f.admin.post("users/" + username + "/disable", ""));

    assertEquals(401, Api.bearer(secret).get("assessments").statusCode());
  }

  @Test
  void anAdministratorGivesAnIntegrationAccountATokenAndRevokesIt() throws Exception {
    Fixture f = fixture();
    HttpResponse<String> created =
        f.admin.post(
            "users/" + f.officeName + "/tokens",
            "{\"name\": \"Tích hợp\", \"scope\": \"READ\", \"expiresOn\": \""
                + LocalDate.now(Vietnam.ZONE).plusDays(30)
                + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    JsonObject body = (JsonObject) Api.json(created);
    JsonObject token = body.getJsonObject("token");
    assertEquals(f.officeName, token.getString("owner"));
    assertEquals("admin", token.getString("createdBy"));
    assertEquals(200, Api.bearer(body.getString("secret")).get(f.criteria()).statusCode());

    HttpResponse<String> tooLong =
        f.admin.post(
            "users/" + f.officeName + "/tokens",
            "{\"name\": \"Quá hạn\", \"scope\": \"READ\", \"expiresOn\": \""
                + LocalDate.now(Vietnam.ZONE).plusDays(400)
                + "\"}");
    assertEquals(400, tooLong.statusCode(), tooLong.body());
    assertTrue(tooLong.body().contains("\"field\":\"expiresOn\""), tooLong.body());

    long id = token.getJsonNumber("id").longValue();
    assertEquals(200, f.admin.delete("tokens/" + id).statusCode());
    assertEquals(401, Api.bearer(body.getString("secret")).get(f.criteria()).statusCode());
  }

  @Test
  void wrongTokensHoldTheClientAddressBack() throws Exception {
    Fixture f = fixture();
    String secret = secret(f.office, "READ");
    for (int i = 1; i <= 20; i++) {
      assertEquals(401, Api.bearer("pat_wrong" + i).get(f.criteria()).statusCode());
    }
    // the address is held back now: even a valid token is refused from it
    assertEquals(401, Api.bearer(secret).get(f.criteria()).statusCode());
    Thread.sleep(2_500); // the delay that refusal doubled to, before the administrator signs in
    SignIns.clearLoopback();
    assertEquals(200, Api.bearer(secret).get(f.criteria()).statusCode());
  }

  private static String secret(Api owner, String scope) throws Exception {
    HttpResponse<String> created =
        owner.post("tokens", "{\"name\": \"Khóa " + scope + "\", \"scope\": \"" + scope + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    return ((JsonObject) Api.json(created)).getString("secret");
  }

  static String sha256(String secret) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
  }
}
