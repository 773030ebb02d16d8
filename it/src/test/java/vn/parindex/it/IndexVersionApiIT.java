package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Index versions through the API of the real EAR against PostgreSQL: a published version never
 * changes, a draft with problems is not published, a revision keeps its links, and a comparison
 * names each kind of change.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IndexVersionApiIT {
  private final Api admin = new Api("admin");

  @Test
  void aPublishedVersionRefusesEveryChangeAndStaysAsItWas() throws Exception {
    long published = demoVersion();
    String before = admin.get("index-versions/" + published).body();

    HttpResponse<String> rename =
        admin.put(
            "index-versions/" + published + "/nodes/1.1", node("1.1", "Tên mới", "1", "binary"));
    HttpResponse<String> add =
        admin.post("index-versions/" + published + "/nodes", node("1.9", "Thêm", "1", "binary"));
    HttpResponse<String> remove = admin.delete("index-versions/" + published + "/nodes/1.8");

    for (HttpResponse<String> refused : List.of(rename, add, remove)) {
      assertEquals(400, refused.statusCode(), refused.body());
      assertTrue(refused.body().contains("đã ban hành"), refused.body());
    }
    assertEquals(before, admin.get("index-versions/" + published).body());
  }

  @Test
  void onlyAnAdministratorChangesTheIndex() throws Exception {
    long draft = revise(demoVersion(), "Bản sửa đổi để thử quyền");

    HttpResponse<String> byOffice =
        new Api("noivu")
            .put("index-versions/" + draft + "/nodes/1.1", node("1.1", "Tên khác", "1", "binary"));

    assertEquals(403, byOffice.statusCode(), byOffice.body());
  }

  @Test
  void aRevisionLinksEveryNodeToTheNodeItContinues() throws Exception {
    long published = demoVersion();

    long draft = revise(published, "Bộ chỉ số sửa đổi (thử liên kết)");

    JsonObject tree = (JsonObject) Api.json(admin.get("index-versions/" + draft));
    JsonObject original = (JsonObject) Api.json(admin.get("index-versions/" + published));
    assertEquals("DRAFT", tree.getJsonObject("version").getString("status"));
    assertEquals(
        published, tree.getJsonObject("version").getJsonNumber("predecessorId").longValue());
    assertEquals(codes(original), codes(tree));
    for (JsonObject node : nodes(tree)) {
      assertEquals(node.getString("code"), node.getString("predecessorCode"), node.toString());
    }
  }

  @Test
  void aDraftWithProblemsIsNotPublishedAndTheProblemsAreListed() throws Exception {
    long draft = revise(demoVersion(), "Bản sửa đổi có lỗi");
    JsonObject tree = (JsonObject) Api.json(admin.get("index-versions/" + draft));
    assertEquals(
        204, admin.put(nodePath(draft, "5.4"), raisedByHalf(node(tree, "5.4"))).statusCode());

    HttpResponse<String> publish = admin.post("index-versions/" + draft + "/publish", "");

    assertEquals(400, publish.statusCode(), publish.body());
    assertTrue(publish.body().contains("\"code\":\"5\""), publish.body());
    assertTrue(publish.body().contains("tổng điểm tối đa các nút con là 12,5"), publish.body());
    JsonObject after = (JsonObject) Api.json(admin.get("index-versions/" + draft));
    assertEquals("DRAFT", after.getJsonObject("version").getString("status"));
    assertFalse(after.getBoolean("publishable"));
  }

  @Test
  void theComparisonNamesEveryKindOfChange() throws Exception {
    long published = demoVersion();
    long draft = revise(published, "Bản sửa đổi để so sánh");
    JsonObject tree = (JsonObject) Api.json(admin.get("index-versions/" + draft));
    assertEquals(
        204,
        admin
            .put(
                nodePath(draft, "1.1"),
                with(node(tree, "1.1"), "name", "\"Kế hoạch CCHC năm (sửa tên)\""))
            .statusCode());
    assertEquals(
        204,
        admin
            .put(
                nodePath(draft, "1.3"),
                with(
                    with(with(node(tree, "1.3"), "ruleType", "\"timeliness\""), "onTime", "1"),
                    "late",
                    "0.5"))
            .statusCode());
    assertEquals(
        204, admin.put(nodePath(draft, "5.4"), raisedByHalf(node(tree, "5.4"))).statusCode());
    assertEquals(204, admin.delete(nodePath(draft, "1.8")).statusCode());
    assertEquals(201, admin.post("index-versions/" + draft + "/nodes", NEW_CRITERION).statusCode());
    assertEquals(
        204, admin.post(nodePath(draft, "1.7") + "/move", "{\"newCode\": \"1.10\"}").statusCode());

    JsonArray changes =
        (JsonArray)
            Api.json(admin.get("index-versions/compare?from=" + published + "&to=" + draft));

    Map<String, Set<String>> byCode = kindsByCode(changes);
    assertEquals(Set.of("RENAMED"), byCode.get("1.1"));
    assertEquals(Set.of("RULE_CHANGED"), byCode.get("1.3"));
    assertEquals(Set.of("MAX_CHANGED"), byCode.get("5.4"));
    assertEquals(Set.of("REMOVED"), byCode.get("1.8"));
    assertEquals(Set.of("ADDED"), byCode.get("1.9"));
    assertEquals(Set.of("MOVED"), byCode.get("1.10"));
    assertEquals(Set.of(), byCode.get("1.2"));
    HttpResponse<byte[]> pdf =
        admin.download("index-versions/compare.pdf?from=" + published + "&to=" + draft);
    assertEquals(200, pdf.statusCode());
    assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
  }

  private static final String NEW_CRITERION =
      "{\"code\": \"1.9\", \"name\": \"Tiêu chí mới\", \"maxPoints\": 2,"
          + " \"method\": \"self\", \"ruleType\": \"binary\"}";

  /** The node with half a point more than it has now, whatever an earlier test made it. */
  static String raisedByHalf(JsonObject node) {
    return withMaxChangedBy(node, new BigDecimal("0.5"));
  }

  static String withMaxChangedBy(JsonObject node, BigDecimal delta) {
    BigDecimal max = node.getJsonNumber("maxPoints").bigDecimalValue().add(delta);
    return with(node, "maxPoints", max.toPlainString());
  }

  static String nodePath(long version, String code) {
    return "index-versions/" + version + "/nodes/" + code;
  }

  static JsonObject node(JsonObject tree, String code) {
    return nodes(tree).stream()
        .filter(n -> n.getString("code").equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no node " + code));
  }

  /** The node's JSON with one property replaced by the given JSON text. */
  static String with(JsonObject node, String property, String json) {
    JsonValue value = Json.createReader(new StringReader(json)).readValue();
    return Json.createObjectBuilder(node).add(property, value).build().toString();
  }

  static String with(String node, String property, String json) {
    return with(Json.createReader(new StringReader(node)).readObject(), property, json);
  }

  static long demoVersion() throws Exception {
    JsonArray assessments = (JsonArray) Api.json(new Api("admin").get("assessments"));
    // the demo assessment's: other tests may add assessments of other years
    return assessments.getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getJsonNumber("id").longValue() == 1)
        .findFirst()
        .orElseThrow()
        .getJsonNumber("versionId")
        .longValue();
  }

  static long revise(long versionId, String name) throws Exception {
    HttpResponse<String> created =
        new Api("admin")
            .post(
                "index-versions/" + versionId + "/revise",
                "{\"name\": \""
                    + name
                    + "\", \"decisionNumber\": \"3507/QĐ-UBND\","
                    + " \"decisionDate\": \"2023-09-21\", \"decisionIssuer\": \"UBND tỉnh Bình Định\"}");
    assertEquals(201, created.statusCode(), created.body());
    return ((JsonObject) Api.json(created)).getJsonNumber("id").longValue();
  }

  static String node(String code, String name, String max, String ruleType) {
    return "{\"code\": \""
        + code
        + "\", \"name\": \""
        + name
        + "\", \"maxPoints\": "
        + max
        + ", \"method\": \"self\", \"ruleType\": \""
        + ruleType
        + "\"}";
  }

  static List<JsonObject> nodes(JsonObject tree) {
    return tree.getJsonArray("nodes").getValuesAs(JsonObject.class);
  }

  private static List<String> codes(JsonObject tree) {
    return nodes(tree).stream().map(n -> n.getString("code")).toList();
  }

  private static Map<String, Set<String>> kindsByCode(JsonArray changes) {
    Map<String, Set<String>> byCode = new HashMap<>();
    for (JsonObject change : changes.getValuesAs(JsonObject.class)) {
      String code =
          change.get("afterCode") == null || change.get("afterCode") == JsonValue.NULL
              ? change.getString("beforeCode")
              : change.getString("afterCode");
      byCode.put(
          code,
          change.getJsonArray("changes").getValuesAs(JsonString.class).stream()
              .map(JsonString::getString)
              .collect(Collectors.toSet()));
    }
    return byCode;
  }
}
