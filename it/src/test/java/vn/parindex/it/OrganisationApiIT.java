package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The administrator manages units, offices and accounts through the API. Every test works in a unit
 * of its own with unique names, so the demo unit, its offices and accounts stay as the other tests
 * expect them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationApiIT {
  private final Api admin = new Api("admin");
  private final String suffix = Long.toString(System.nanoTime(), 36);

  @Test
  void anAccountTheAdministratorCreatesSignsInUntilItIsDisabled() throws Exception {
    long unit = createUnit();
    JsonObject office =
        (JsonObject)
            Api.json(
                admin.post(
                    "units/" + unit + "/offices",
                    "{\"code\": \"tu-phap\", \"name\": \"Phòng Tư pháp " + suffix + "\"}"));
    assertEquals("tu-phap", office.getString("code"));
    assertTrue(office.getBoolean("active"));
    assertFalse(office.getBoolean("consolidating"));

    String username = "canbo." + suffix;
    HttpResponse<String> created =
        admin.post(
            "users",
            userJson(username, unit, "tu-phap", "\"OFFICE\"")
                .replace("}", ", \"password\": \"mat-khau-" + suffix + "\"}"));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject user = (JsonObject) Api.json(created);
    assertEquals(username, user.getString("username"));
    assertEquals("Phòng Tư pháp " + suffix, user.getString("officeName"));
    assertEquals(List.of("OFFICE"), roles(user));
    assertTrue(user.getBoolean("enabled"));
    assertNoPassword(created.body());
    assertNoPassword(admin.get("users?unit=" + unit).body());

    assertEquals(200, signIn(username, "mat-khau-" + suffix));
    assertEquals(401, signIn(username, "wrong-password"));

    JsonObject disabled = (JsonObject) Api.json(admin.post("users/" + username + "/disable", ""));
    assertFalse(disabled.getBoolean("enabled"));
    assertEquals(401, signIn(username, "mat-khau-" + suffix));

    Api.json(admin.post("users/" + username + "/enable", ""));
    assertEquals(200, signIn(username, "mat-khau-" + suffix));

    HttpResponse<String> tooShort =
        admin.post("users/" + username + "/password", "{\"password\": \"1234567\"}");
    assertEquals(400, tooShort.statusCode());
    assertEquals("password", error(tooShort).getString("field"));
    assertEquals(
        204,
        admin
            .post(
                "users/" + username + "/password",
                "{\"password\": \"mat-khau-moi-" + suffix + "\"}")
            .statusCode());
    assertEquals(401, signIn(username, "mat-khau-" + suffix));
    assertEquals(200, signIn(username, "mat-khau-moi-" + suffix));
  }

  @Test
  void anOfficeSomeoneWorksInIsDeactivatedNotDeletedAndAnUnusedOneIsDeleted() throws Exception {
    long unit = createUnit();
    String offices = "units/" + unit + "/offices";
    Api.json(admin.post(offices, "{\"code\": \"ke-toan\", \"name\": \"Phòng Kế toán\"}"));
    Api.json(admin.post(offices, "{\"code\": \"tam-thoi\", \"name\": \"Phòng tạm thời\"}"));
    String username = "ketoan." + suffix;
    Api.json(
        admin.post(
            "users",
            userJson(username, unit, "ke-toan", "\"OFFICE\"")
                .replace("}", ", \"password\": \"mat-khau-" + suffix + "\"}")));

    HttpResponse<String> delete = admin.delete(offices + "/ke-toan");
    assertEquals(400, delete.statusCode());
    assertTrue(error(delete).getString("message").contains("ngừng hoạt động"), delete.body());
    HttpResponse<String> withUser = admin.put(offices + "/ke-toan", "{\"active\": false}");
    assertEquals(400, withUser.statusCode());
    assertEquals("active", error(withUser).getString("field"));

    Api.json(admin.post("users/" + username + "/disable", ""));
    JsonObject deactivated =
        (JsonObject) Api.json(admin.put(offices + "/ke-toan", "{\"active\": false}"));
    assertFalse(deactivated.getBoolean("active"));
    HttpResponse<String> joining =
        admin.post(
            "users",
            userJson("moi." + suffix, unit, "ke-toan", "\"OFFICE\"")
                .replace("}", ", \"password\": \"mat-khau-" + suffix + "\"}"));
    assertEquals(400, joining.statusCode());
    assertEquals("office", error(joining).getString("field"));

    assertEquals(204, admin.delete(offices + "/tam-thoi").statusCode());
    assertEquals(404, admin.get(offices + "/tam-thoi").statusCode());
    JsonArray left = (JsonArray) Api.json(admin.get(offices));
    assertEquals(1, left.size());
  }

  @Test
  void aUnitHasOneConsolidatingOfficeAndOnlyItsAccountsConsolidate() throws Exception {
    long unit = createUnit();
    String offices = "units/" + unit + "/offices";
    Api.json(
        admin.post(
            offices,
            "{\"code\": \"noi-vu\", \"name\": \"Phòng Nội vụ\", \"consolidating\": true}"));
    Api.json(admin.post(offices, "{\"code\": \"tu-phap\", \"name\": \"Phòng Tư pháp\"}"));

    HttpResponse<String> wrongOffice =
        admin.post(
            "users",
            userJson("th." + suffix, unit, "tu-phap", "\"OFFICE\", \"CONSOLIDATOR\"")
                .replace("}", ", \"password\": \"mat-khau-" + suffix + "\"}"));
    assertEquals(400, wrongOffice.statusCode());
    assertTrue(error(wrongOffice).getString("message").contains("phòng tổng hợp"));

    JsonObject renamed =
        (JsonObject)
            Api.json(
                admin.put(
                    offices + "/tu-phap",
                    "{\"name\": \"Phòng Tư pháp – Hộ tịch\", \"consolidating\": true}"));
    assertEquals("Phòng Tư pháp – Hộ tịch", renamed.getString("name"));
    assertTrue(renamed.getBoolean("consolidating"));
    JsonObject previous = (JsonObject) Api.json(admin.get(offices + "/noi-vu"));
    assertFalse(previous.getBoolean("consolidating"));

    HttpResponse<String> duplicate =
        admin.post(offices, "{\"code\": \"tu-phap\", \"name\": \"Phòng khác\"}");
    assertEquals(400, duplicate.statusCode());
    assertEquals("code", error(duplicate).getString("field"));
  }

  @Test
  void aTakenUserNameIsRefusedInTheCallersLanguage() throws Exception {
    String body =
        userJson("tuphap", null, null, "\"LEADER\"")
            .replace("}", ", \"password\": \"mat-khau-dai\"}");
    HttpResponse<String> vi = admin.post("users", body);
    assertEquals(400, vi.statusCode());
    assertEquals("username", error(vi).getString("field"));
    assertEquals(
        "Tên đăng nhập \"tuphap\" đã có người dùng; vui lòng chọn tên khác.",
        error(vi).getString("message"));
    HttpResponse<String> en = new Api("admin").inEnglish().post("users", body);
    assertEquals(400, en.statusCode());
    assertEquals(
        "The user name \"tuphap\" is already taken; please choose another.",
        error(en).getString("message"));

    HttpResponse<String> badEmail =
        admin.post(
            "users",
            userJson("thu." + suffix, null, null, "\"LEADER\"")
                .replace("thu@example.org", "not-an-address")
                .replace("}", ", \"password\": \"mat-khau-dai\"}"));
    assertEquals(400, badEmail.statusCode());
    assertEquals("email", error(badEmail).getString("field"));
  }

  @Test
  void onlyAnAdministratorManagesUnitsAndAccounts() throws Exception {
    Api office = new Api("tuphap");
    assertEquals(403, office.get("users").statusCode());
    assertEquals(403, office.get("units").statusCode());
    assertEquals(403, office.post("users/tuphap/disable", "").statusCode());
    Api consolidator = new Api("noivu");
    assertEquals(
        403,
        consolidator
            .post("units", "{\"name\": \"X\", \"level\": \"district\", \"placeName\": \"X\"}")
            .statusCode());
    assertEquals(200, signIn("tuphap", Api.PASSWORD));
  }

  @Test
  void theAdministratorCannotDisableOrDemoteThemselves() throws Exception {
    HttpResponse<String> disable = admin.post("users/admin/disable", "");
    assertEquals(400, disable.statusCode());
    assertEquals(
        "Bạn không thể tự khóa tài khoản của chính mình.", error(disable).getString("message"));
    HttpResponse<String> demote =
        admin.put(
            "users/admin", "{\"displayName\": \"Quản trị hệ thống\", \"roles\": [\"LEADER\"]}");
    assertEquals(400, demote.statusCode());
    JsonObject self = (JsonObject) Api.json(admin.get("users/admin"));
    assertTrue(self.getBoolean("enabled"));
    assertEquals(List.of("ADMIN"), roles(self));
    assertEquals(200, signIn("admin", Api.PASSWORD));
  }

  private long createUnit() throws IOException, InterruptedException {
    HttpResponse<String> created =
        admin.post(
            "units",
            "{\"name\": \"UBND xã Thử nghiệm "
                + suffix
                + "\", \"level\": \"district\", \"superiorName\": \"UBND tỉnh Bình Định\","
                + " \"placeName\": \"An Lão\"}");
    assertEquals(201, created.statusCode(), created.body());
    return ((JsonObject) Api.json(created)).getJsonNumber("id").longValue();
  }

  private static String userJson(String username, Long unit, String office, String roles) {
    return "{\"username\": \""
        + username
        + "\", \"displayName\": \"Cán bộ thử nghiệm\", \"email\": \"thu@example.org\""
        + (unit == null ? "" : ", \"unit\": " + unit)
        + (office == null ? "" : ", \"office\": \"" + office + "\"")
        + ", \"roles\": ["
        + roles
        + "]}";
  }

  private static List<String> roles(JsonObject user) {
    return user.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static void assertNoPassword(String body) {
    assertFalse(body.contains("password"), body);
    assertFalse(body.contains("pbkdf2"), body);
  }

  private static JsonObject error(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  /** The status of GET /api/assessments signed in with these credentials. */
  private static int signIn(String username, String password)
      throws IOException, InterruptedException {
    String basic =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(Api.BASE + "assessments"))
                .header("Authorization", "Basic " + basic)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
