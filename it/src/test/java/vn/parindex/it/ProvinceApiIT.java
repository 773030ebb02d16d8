package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The system administrator keeps the top of the organisation through the API: provinces, their
 * blocks in order, kinds of unit with their signatures, levels, where a unit sits and which
 * province an account of the Sở Nội vụ or an appraiser reaches. Everyone else is refused. Every
 * test works in a province of its own with unique names.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProvinceApiIT {
  private static final String PASSWORD = "Tinh-thu-nghiem-2026!";

  private final Api admin = new Api("admin");
  private final String suffix = Long.toString(System.nanoTime(), 36);

  @Test
  void aProvinceIsCreatedRenamedAndItsBlocksKeepTheOrderGiven() throws Exception {
    long province = province("Tỉnh Thử " + suffix);
    HttpResponse<String> renamed =
        admin.put("provinces/" + province, "{\"name\": \"Tỉnh Gia Thử " + suffix + "\"}");
    assertEquals(200, renamed.statusCode(), renamed.body());
    assertEquals("Tỉnh Gia Thử " + suffix, object(renamed).getString("name"));

    long departments = block(province, "Khối sở, ban, ngành", null);
    long communes = block(province, "Khối xã, phường", null);
    long branches = block(province, "Khối cơ quan ngành dọc", 1);
    assertEquals(List.of(branches, departments, communes), blockIds(province));

    HttpResponse<String> moved =
        admin.put(
            "provinces/" + province + "/blocks/" + branches,
            "{\"name\": \"Khối cơ quan Trung ương\", \"order\": 3}");
    assertEquals(200, moved.statusCode(), moved.body());
    assertEquals("Khối cơ quan Trung ương", object(moved).getString("name"));
    assertEquals(3, object(moved).getInt("order"));
    assertEquals(List.of(departments, communes, branches), blockIds(province));
    JsonObject listed =
        ((JsonArray) Api.json(admin.get("provinces")))
            .getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getJsonNumber("id").longValue() == province)
                .findFirst()
                .orElseThrow();
    assertEquals(3, listed.getInt("blockCount"));
  }

  @Test
  void badNamesAreRefusedNamingTheField() throws Exception {
    long province = province("Tỉnh Tên " + suffix);
    assertRefused(admin.post("provinces", "{\"name\": \"  \"}"), 400, "name");
    assertRefused(admin.post("provinces", "{\"name\": \"Tỉnh Tên " + suffix + "\"}"), 400, "name");
    assertRefused(admin.post("provinces", "{\"name\": \"" + "x".repeat(201) + "\"}"), 400, "name");
    block(province, "Khối xã", null);
    assertRefused(
        admin.post("provinces/" + province + "/blocks", "{\"name\": \"Khối xã\"}"), 400, "name");
    assertRefused(
        admin.post("provinces/" + province + "/blocks", "{\"name\": \"Khối \u202Eđảo\"}"),
        400,
        "name");
    assertRefused(
        admin.post("provinces/" + province + "/blocks", "{\"name\": \"Khối mới\", \"order\": 0}"),
        400,
        "order");
    assertRefused(admin.post("unit-kinds", kindJson("Sai Mã", "GIÁM ĐỐC")), 400, "code");
    assertRefused(admin.post("unit-kinds", kindJson("so-" + suffix, " ")), 400, "headSignature");
    assertRefused(admin.post("unit-levels", "{\"code\": \"cap-" + suffix + "\"}"), 400, "code");
    assertRefused(
        admin.post("unit-levels", "{\"code\": \"cap-" + suffix + "\", \"name\": \"\\u0007\"}"),
        400,
        "name");
    assertEquals(404, admin.get("provinces/" + (province + 100000)).statusCode());
  }

  @Test
  void onlyTheSystemAdministratorManagesProvincesKindsAndLevels() throws Exception {
    long province = province("Tỉnh Quyền " + suffix);
    long block = block(province, "Khối sở", null);
    for (String caller : List.of("tuphap", "noivu", "lanhdao")) {
      Api api = new Api(caller);
      assertEquals(403, api.get("provinces").statusCode(), caller);
      assertEquals(
          403, api.post("provinces", "{\"name\": \"Tỉnh X " + suffix + "\"}").statusCode());
      assertEquals(
          403,
          api.put("provinces/" + province + "/blocks/" + block, "{\"order\": 1}").statusCode());
      assertEquals(403, api.post("unit-kinds", kindJson("k-" + suffix, "GĐ")).statusCode());
      assertEquals(
          403,
          api.post("unit-levels", "{\"code\": \"c-" + suffix + "\", \"name\": \"C\"}")
              .statusCode());
    }
    assertEquals(200, new Api("tuphap").get("unit-levels").statusCode());
    assertFalse(admin.get("provinces").body().contains("Tỉnh X " + suffix));
  }

  @Test
  void aKindCarriesItsSignaturesAndAUnitIsPlacedInABlockOfItsProvince() throws Exception {
    String code = "so-" + suffix;
    HttpResponse<String> created = admin.post("unit-kinds", kindJson(code, "GIÁM ĐỐC"));
    assertEquals(201, created.statusCode(), created.body());
    assertEquals("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", object(created).getString("deputySignature"));
    assertRefused(admin.post("unit-kinds", kindJson(code, "GIÁM ĐỐC")), 400, "code");
    HttpResponse<String> changed =
        admin.put(
            "unit-kinds/" + code,
            "{\"name\": \"Xã\", \"headSignature\": \"TM. ỦY BAN NHÂN DÂN\\nCHỦ TỊCH\","
                + " \"deputySignature\": \"KT. CHỦ TỊCH\\nPHÓ CHỦ TỊCH\","
                + " \"letterheadAbove\": \"ỦY BAN NHÂN DÂN\"}");
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals("ỦY BAN NHÂN DÂN", object(changed).getString("letterheadAbove"));
    assertEquals(code, object(changed).getString("code"));

    long province = province("Tỉnh Đặt " + suffix);
    long other = province("Tỉnh Khác " + suffix);
    long block = block(province, "Khối xã", null);
    long otherBlock = block(other, "Khối xã", null);
    long unit = unit("Xã Thử " + suffix);
    HttpResponse<String> placed =
        admin.put(
            "units/" + unit + "/placement",
            "{\"province\": "
                + province
                + ", \"block\": "
                + block
                + ", \"kind\": \""
                + code
                + "\"}");
    assertEquals(200, placed.statusCode(), placed.body());
    JsonObject view = object(placed);
    assertEquals(province, view.getJsonNumber("provinceId").longValue());
    assertEquals(block, view.getJsonNumber("blockId").longValue());
    assertEquals(code, view.getString("kindCode"));

    assertRefused(
        admin.put(
            "units/" + unit + "/placement",
            "{\"province\": " + province + ", \"block\": " + otherBlock + "}"),
        400,
        "block");
    assertRefused(
        admin.put("units/" + unit + "/placement", "{\"kind\": \"khong-co-" + suffix + "\"}"),
        404,
        "kind");
    JsonObject unchanged = object(admin.get("units/" + unit));
    assertEquals(
        block, unchanged.getJsonNumber("blockId").longValue(), "a refusal changes nothing");
  }

  @Test
  void accountsOfTheProvinceRolesReachTheirProvinceAndAnAppraiserItsDepartment() throws Exception {
    long province = province("Tỉnh Tài khoản " + suffix);
    long department = unit("Sở Tư pháp " + suffix);
    long outside = unit("Sở ngoài tỉnh " + suffix);
    admin.put("units/" + department + "/placement", "{\"province\": " + province + "}");

    String sonoivu = "snv." + suffix;
    HttpResponse<String> created =
        admin.post(
            "users",
            "{\"username\": \""
                + sonoivu
                + "\", \"displayName\": \"Sở Nội vụ\", \"roles\": [\"PROVINCE\"], \"province\": "
                + province
                + ", \"password\": \""
                + PASSWORD
                + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(province, object(created).getJsonNumber("provinceId").longValue());
    Api provinceAccount = new Api(sonoivu, PASSWORD);
    JsonArray seen = (JsonArray) Api.json(provinceAccount.get("provinces"));
    assertEquals(1, seen.size(), seen.toString());
    assertEquals(province, seen.getJsonObject(0).getJsonNumber("id").longValue());
    assertEquals(403, provinceAccount.post("provinces", "{\"name\": \"Tỉnh Y\"}").statusCode());

    assertRefused(
        admin.post("users", userJson("hd." + suffix, "\"COUNCIL\"", null, null)), 400, "province");
    assertRefused(
        admin.post("users", userJson("ld." + suffix, "\"LEADER\"", department, province)),
        400,
        "province");
    assertRefused(
        admin.post("users", userJson("td." + suffix, "\"APPRAISER\"", outside, province)),
        400,
        "unit");
    HttpResponse<String> appraiser =
        admin.post("users", userJson("tp." + suffix, "\"APPRAISER\"", department, province));
    assertEquals(201, appraiser.statusCode(), appraiser.body());
    assertEquals(department, object(appraiser).getJsonNumber("unitId").longValue());
  }

  @Test
  void aRevisionMovesTheIndexToAnotherLevelAndPeriod() throws Exception {
    String level = "xa-" + suffix;
    HttpResponse<String> added =
        admin.post("unit-levels", "{\"code\": \"" + level + "\", \"name\": \"Cấp xã\"}");
    assertEquals(201, added.statusCode(), added.body());
    HttpResponse<String> renamed =
        admin.put("unit-levels/" + level, "{\"name\": \"Cấp xã (từ 2025)\"}");
    assertEquals(200, renamed.statusCode(), renamed.body());
    assertEquals("Cấp xã (từ 2025)", object(renamed).getString("name"));
    assertTrue(admin.get("unit-levels").body().contains("Cấp xã (từ 2025)"));
    assertEquals(404, admin.put("unit-levels/khong-" + suffix, "{\"name\": \"X\"}").statusCode());

    long version = publishedVersion();
    String decision =
        "\"decisionNumber\": \"2156/QĐ-UBND\", \"decisionDate\": \"2025-10-09\","
            + " \"decisionIssuer\": \"UBND tỉnh Gia Lai\"";
    assertRefused(
        admin.post(
            "index-versions/" + version + "/revise",
            "{\"name\": \"Chỉ số xã "
                + suffix
                + "\", \"unitLevel\": \""
                + level
                + "\","
                + " \"year\": 2025, \"periodUntil\": 2024, "
                + decision
                + "}"),
        400,
        "periodUntil");
    HttpResponse<String> revised =
        admin.post(
            "index-versions/" + version + "/revise",
            "{\"name\": \"Chỉ số xã "
                + suffix
                + "\", \"unitLevel\": \""
                + level
                + "\","
                + " \"year\": 2025, \"periodUntil\": 2030, "
                + decision
                + "}");
    assertEquals(201, revised.statusCode(), revised.body());
    long draft = object(revised).getJsonNumber("id").longValue();
    JsonObject summary =
        ((JsonArray) Api.json(admin.get("index-versions")))
            .getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getJsonNumber("id").longValue() == draft)
                .findFirst()
                .orElseThrow();
    assertEquals(level, summary.getString("unitLevel"));
    assertEquals(2025, summary.getInt("year"));
    assertEquals(2030, summary.getInt("periodUntil"));
  }

  private long publishedVersion() throws Exception {
    return ((JsonArray) Api.json(admin.get("index-versions")))
        .getValuesAs(JsonObject.class).stream()
            .filter(v -> v.getString("status").equals("PUBLISHED"))
            .findFirst()
            .orElseThrow()
            .getJsonNumber("id")
            .longValue();
  }

  private long province(String name) throws Exception {
    HttpResponse<String> created = admin.post("provinces", "{\"name\": \"" + name + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    return object(created).getJsonNumber("id").longValue();
  }

  private long block(long province, String name, Integer order) throws Exception {
    HttpResponse<String> created =
        admin.post(
            "provinces/" + province + "/blocks",
            "{\"name\": \"" + name + "\"" + (order == null ? "" : ", \"order\": " + order) + "}");
    assertEquals(201, created.statusCode(), created.body());
    return object(created).getJsonNumber("id").longValue();
  }

  private List<Long> blockIds(long province) throws Exception {
    return ((JsonArray) Api.json(admin.get("provinces/" + province + "/blocks")))
        .getValuesAs(JsonObject.class).stream()
            .map(b -> b.getJsonNumber("id").longValue())
            .toList();
  }

  private long unit(String name) throws Exception {
    HttpResponse<String> created =
        admin.post(
            "units",
            "{\"name\": \""
                + name
                + "\", \"level\": \"district\", \"superiorName\": \"UBND tỉnh Gia Lai\","
                + " \"placeName\": \"Gia Lai\"}");
    assertEquals(201, created.statusCode(), created.body());
    return object(created).getJsonNumber("id").longValue();
  }

  private static String kindJson(String code, String head) {
    return "{\"code\": \""
        + code
        + "\", \"name\": \"Sở, ban, ngành\", \"headSignature\": \""
        + head
        + "\", \"deputySignature\": \"KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC\"}";
  }

  private static String userJson(String username, String roles, Long unit, Long province) {
    return "{\"username\": \""
        + username
        + "\", \"displayName\": \"Tài khoản tỉnh\", \"roles\": ["
        + roles
        + "]"
        + (unit == null ? "" : ", \"unit\": " + unit)
        + (province == null ? "" : ", \"province\": " + province)
        + ", \"password\": \""
        + PASSWORD
        + "\"}";
  }

  private static JsonObject object(HttpResponse<String> response) {
    return (JsonObject) Api.json(response);
  }

  private static void assertRefused(HttpResponse<String> response, int status, String field) {
    assertEquals(status, response.statusCode(), response.body());
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      assertEquals(field, reader.readObject().getString("field"), response.body());
    }
  }
}
