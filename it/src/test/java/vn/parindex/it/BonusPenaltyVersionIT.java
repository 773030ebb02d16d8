package vn.parindex.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An index version with a bonus and penalty part, through the API: imported from YAML, edited (a
 * penalty node added, its parent widened, a bonus without a maximum caught by the checks), exported
 * to the workbook and imported again with its methods and its unbounded total intact, then
 * published.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BonusPenaltyVersionIT {
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final String INDEX =
      """
      version:
        name: "%s"
        unit_level: commune
        year: 2038
        decision: {number: "3/QĐ-UBND", date: 2037-12-01, issuer: "UBND tỉnh thử"}
        total_max: 15
        self_assessed_max: 10
        survey_max: 5
        total_bounded: không
        bands:
          - {label: "Tốt", min: 12}
          - {label: "Yếu", min: 0}
      nodes:
        - {code: "1", kind: area, name: "Chỉ đạo, điều hành", max_points: 10}
        - {code: "1.1", kind: criterion, name: "Kế hoạch CCHC", max_points: 10, scoring: {type: binary}}
        - {code: "S", kind: area, name: "Điều tra xã hội học", max_points: 5, method: survey}
        - {code: "T", kind: area, name: "Điểm thưởng, điểm trừ", max_points: 2, method: bonus}
        - {code: "T.1", kind: criterion, name: "Sáng kiến", max_points: 2, method: bonus}
      """;

  private final Api admin = new Api("admin");

  @Test
  void aVersionWithBonusAndPenaltyIsEditedCheckedAndRoundTripsThroughTheWorkbook()
      throws Exception {
    String suffix = Long.toString(System.nanoTime(), 36);
    HttpResponse<String> imported =
        admin.upload(
            "index-versions",
            "application/yaml",
            INDEX.formatted("Bộ chỉ số thưởng phạt " + suffix).getBytes(UTF_8));
    assertEquals(201, imported.statusCode(), imported.body());
    long draft = Api.id(imported);
    JsonObject read = tree(draft);
    assertTrue(read.getBoolean("publishable"), read.getJsonArray("problems").toString());
    assertFalse(read.getJsonObject("version").getBoolean("totalBounded"));

    add(
        draft,
        "{\"code\": \"T.2\", \"name\": \"Vi phạm\", \"maxPoints\": 1, \"method\": \"penalty\"}");
    assertFalse(tree(draft).getBoolean("publishable"), "T's 2 points no longer add up to 3");
    HttpResponse<String> widened =
        admin.put(
            "index-versions/" + draft + "/nodes/T",
            "{\"name\": \"Điểm thưởng, điểm trừ\", \"maxPoints\": 3, \"method\": \"bonus\"}");
    assertEquals(204, widened.statusCode(), widened.body());
    add(
        draft,
        "{\"code\": \"T.3\", \"name\": \"Không điểm\", \"maxPoints\": 0, \"method\": \"bonus\"}");
    JsonObject checked = tree(draft);
    assertFalse(checked.getBoolean("publishable"));
    assertTrue(
        checked.toString().contains("phải có điểm tối đa lớn hơn 0"),
        "a bonus or penalty node needs a maximum: " + checked.getJsonArray("problems"));
    assertEquals(204, admin.delete("index-versions/" + draft + "/nodes/T.3").statusCode());
    JsonObject edited = tree(draft);
    assertTrue(edited.getBoolean("publishable"), edited.getJsonArray("problems").toString());
    assertEquals(
        Map.of("T", "bonus", "T.1", "bonus", "T.2", "penalty", "S", "survey", "1.1", "self"),
        methods(edited, "T", "T.1", "T.2", "S", "1.1"));

    HttpResponse<byte[]> workbook = admin.download("index-versions/" + draft + "/workbook.xlsx");
    assertEquals(200, workbook.statusCode());
    HttpResponse<String> again = admin.upload("index-versions", XLSX, workbook.body());
    assertEquals(201, again.statusCode(), again.body());
    long copy = Api.id(again);
    JsonObject reread = tree(copy);

    assertEquals(edited.getJsonArray("nodes").size(), reread.getJsonArray("nodes").size());
    assertEquals(
        methods(edited, "T", "T.1", "T.2", "S", "1.1"),
        methods(reread, "T", "T.1", "T.2", "S", "1.1"));
    assertFalse(reread.getJsonObject("version").getBoolean("totalBounded"), "still unbounded");
    assertEquals(
        0,
        reread
            .getJsonObject("version")
            .getJsonNumber("totalMax")
            .bigDecimalValue()
            .compareTo(new java.math.BigDecimal("15")),
        "bonus and penalty stay outside the maximum");
    HttpResponse<String> published = admin.post("index-versions/" + copy + "/publish", "");
    assertEquals(2, published.statusCode() / 100, published.body());
  }

  private JsonObject tree(long version) throws Exception {
    return Api.json(admin.get("index-versions/" + version)).asJsonObject();
  }

  private void add(long version, String node) throws Exception {
    HttpResponse<String> added = admin.post("index-versions/" + version + "/nodes", node);
    assertEquals(201, added.statusCode(), added.body());
  }

  private static Map<String, String> methods(JsonObject tree, String... codes) {
    Map<String, String> methods = new LinkedHashMap<>();
    for (String code : codes) {
      IndexVersionApiIT.nodes(tree).stream()
          .filter(n -> n.getString("code").equals(code))
          .findFirst()
          .ifPresent(n -> methods.put(code, n.getString("method")));
    }
    return methods;
  }
}
