package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The assignment matrix of the demo assessment: it reproduces the An Lão directive, and the
 * consolidating office assigns, picks the lead of a shared criterion and unassigns, without ever
 * losing what an office saved. Every test leaves the demo assignment as it found it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssignmentApiIT {
  private static final String MATRIX = "assignments/1";
  private static final String VHTT = "van-hoa-thong-tin";

  private final Api consolidator = new Api("noivu");
  private final Api office = new Api("tuphap");

  @Test
  void theDemoMatrixReproducesTheSeedDirective() throws Exception {
    JsonObject matrix = matrix();

    assertEquals(
        List.of("noi-vu", "van-phong", "tu-phap", "tai-chinh-ke-hoach", VHTT),
        matrix.getJsonArray("offices").getValuesAs(JsonObject.class).stream()
            .map(o -> o.getString("code"))
            .toList());
    Map<String, Map<String, Boolean>> holders = holders(matrix);
    for (String code : List.of("2.1", "2.2.1", "2.2.2", "2.3", "2.4")) {
      assertEquals(Map.of("tu-phap", true), holders.get(code), code);
    }
    assertEquals(
        List.of("2.1", "2.2.1", "2.2.2", "2.3", "2.4"),
        holders.entrySet().stream()
            .filter(e -> e.getValue().containsKey("tu-phap"))
            .map(Map.Entry::getKey)
            .toList());
    assertEquals(Map.of("noi-vu", true, VHTT, false), holders.get("1.3"));
    assertEquals(Map.of("noi-vu", true, "van-phong", false), holders.get("1.4"));
    assertEquals(Map.of("van-phong", true, VHTT, false), holders.get("7.2"));
    // a revision another test moved the assessment to may add criteria nobody holds yet
    List<String> unheld =
        holders.entrySet().stream()
            .filter(e -> e.getValue().isEmpty())
            .map(Map.Entry::getKey)
            .toList();
    for (Map.Entry<String, Map<String, Boolean>> row : holders.entrySet()) {
      if (row.getValue().isEmpty()) {
        continue;
      }
      long leads = row.getValue().values().stream().filter(Boolean::booleanValue).count();
      assertEquals(1, leads, row.getKey() + " has exactly one lead");
      if (!List.of("1.3", "1.4", "7.2").contains(row.getKey())) {
        assertEquals(1, row.getValue().size(), row.getKey() + " has one office");
      }
    }
    assertFalse(holders.containsKey("2"), "areas are not rows");
    assertFalse(holders.containsKey("2.2"), "parents are not rows");
    JsonObject first = matrix.getJsonArray("rows").getJsonObject(0);
    assertEquals("1.1", first.getString("code"));
    assertEquals("1", first.getString("areaCode"));
    assertEquals(
        unheld,
        matrix.getJsonArray("unassigned").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList());
    assertEquals(unheld.isEmpty(), matrix.getBoolean("complete"));
  }

  @Test
  void aSharedCriterionHasExactlyOneLeadAndSavedWorkIsNeverUnassigned() throws Exception {
    try {
      JsonObject shared = assign("2.4", VHTT, "");
      assertEquals(Map.of("tu-phap", true, VHTT, false), holders(shared).get("2.4"));
      assertEquals(
          Map.of("tu-phap", true, VHTT, false), holders(assign("2.4", VHTT, "")).get("2.4"));

      JsonObject swapped = assign("2.4", VHTT, "{\"lead\": true}");
      assertEquals(Map.of("tu-phap", false, VHTT, true), holders(swapped).get("2.4"));

      HttpResponse<String> unassigned = consolidator.delete(MATRIX + "/2.4/" + VHTT);
      assertEquals(Map.of("tu-phap", true), holders((JsonObject) Api.json(unassigned)).get("2.4"));

      if (TestDatabase.selfScore("tu-phap", "2.4").isEmpty()) {
        HttpResponse<String> scored = office.selfScore("2.4", "{\"inputs\": {\"met\": true}}");
        assertEquals(200, scored.statusCode(), scored.body());
      }
      String before = consolidator.get(MATRIX).body();
      HttpResponse<String> refused = consolidator.delete(MATRIX + "/2.4/tu-phap");
      assertEquals(400, refused.statusCode(), refused.body());
      assertTrue(refused.body().contains("đã tự chấm điểm"), refused.body());
      assertEquals(before, consolidator.get(MATRIX).body(), "a refusal changes nothing");
      assertTrue(TestDatabase.selfScore("tu-phap", "2.4").isPresent());
    } finally {
      consolidator.delete(MATRIX + "/2.4/" + VHTT);
    }
    assertEquals(Map.of("tu-phap", true), holders(matrix()).get("2.4"));
  }

  @Test
  void onlySelfAssessedLeavesOfTheUnitsOfficesAreAssignedByAConsolidator() throws Exception {
    String before = consolidator.get(MATRIX).body();

    HttpResponse<String> area = consolidator.put(MATRIX + "/2/" + VHTT, "");
    assertEquals(400, area.statusCode(), area.body());
    assertTrue(area.body().contains("Không thể phân công 2"), area.body());
    HttpResponse<String> parent = consolidator.put(MATRIX + "/2.2/" + VHTT, "");
    assertEquals(400, parent.statusCode(), parent.body());
    assertTrue(
        new Api("noivu").inEnglish().put(MATRIX + "/2.2/" + VHTT, "").body().contains("cannot be"));
    assertEquals(404, consolidator.put(MATRIX + "/9.9/" + VHTT, "").statusCode());
    assertEquals(404, consolidator.put(MATRIX + "/2.4/phong-khong-co", "").statusCode());
    assertEquals(404, consolidator.put(MATRIX + "/areas/2/phong-khong-co", "").statusCode());
    assertEquals(400, consolidator.put(MATRIX + "/areas/2.2/" + VHTT, "").statusCode());

    assertEquals(403, office.get(MATRIX).statusCode());
    assertEquals(403, office.put(MATRIX + "/2.4/" + VHTT, "").statusCode());
    assertEquals(403, office.delete(MATRIX + "/2.4/tu-phap").statusCode());
    assertEquals(403, office.put(MATRIX + "/areas/2/" + VHTT, "").statusCode());
    assertEquals(before, consolidator.get(MATRIX).body(), "nothing changed");
  }

  @Test
  void aDeactivatedOfficeIsNotOfferedAndTakesNoCriteria() throws Exception {
    Api admin = new Api("admin");
    String code = "tam-ngung-" + System.currentTimeMillis();
    String offices = "units/1/offices";
    assertEquals(
        201,
        admin
            .post(offices, "{\"code\": \"" + code + "\", \"name\": \"Phòng tạm ngừng\"}")
            .statusCode());
    try {
      assertEquals(200, admin.put(offices + "/" + code, "{\"active\": false}").statusCode());
      String before = consolidator.get(MATRIX).body();

      HttpResponse<String> refused = consolidator.put(MATRIX + "/2.4/" + code, "");
      HttpResponse<String> area = consolidator.put(MATRIX + "/areas/2/" + code, "");

      assertFalse(before.contains(code), "a deactivated office holding nothing is not a column");
      assertEquals(400, refused.statusCode(), refused.body());
      assertTrue(refused.body().contains("đã ngừng hoạt động"), refused.body());
      assertEquals(400, area.statusCode(), area.body());
      assertEquals(before, consolidator.get(MATRIX).body(), "nothing changed");
    } finally {
      admin.delete(offices + "/" + code);
    }
  }

  @Test
  void anAreaIsAssignedInBulkKeepingTheExistingAssignments() throws Exception {
    try {
      HttpResponse<String> bulk = consolidator.put(MATRIX + "/areas/2/" + VHTT, "");
      Map<String, Map<String, Boolean>> holders = holders((JsonObject) Api.json(bulk));
      for (String code : List.of("2.1", "2.2.1", "2.2.2", "2.3", "2.4")) {
        assertEquals(Map.of("tu-phap", true, VHTT, false), holders.get(code), code);
      }
      assertEquals(Map.of("noi-vu", true), holders.get("1.1"), "other areas untouched");
    } finally {
      for (String code : List.of("2.1", "2.2.1", "2.2.2", "2.3", "2.4")) {
        consolidator.delete(MATRIX + "/" + code + "/" + VHTT);
      }
    }
    Map<String, Map<String, Boolean>> restored = holders(matrix());
    for (String code : List.of("2.1", "2.2.1", "2.2.2", "2.3", "2.4")) {
      assertEquals(Map.of("tu-phap", true), restored.get(code), code);
    }
  }

  private JsonObject matrix() throws Exception {
    return (JsonObject) Api.json(consolidator.get(MATRIX));
  }

  private JsonObject assign(String code, String officeCode, String body) throws Exception {
    return (JsonObject) Api.json(consolidator.put(MATRIX + "/" + code + "/" + officeCode, body));
  }

  /** Criterion code → (office code → leads), in the order of the matrix. */
  private static Map<String, Map<String, Boolean>> holders(JsonObject matrix) {
    JsonArray rows = matrix.getJsonArray("rows");
    Map<String, Map<String, Boolean>> holders = new LinkedHashMap<>();
    for (JsonObject row : rows.getValuesAs(JsonObject.class)) {
      holders.put(
          row.getString("code"),
          row.getJsonArray("holders").getValuesAs(JsonObject.class).stream()
              .collect(
                  Collectors.toMap(
                      h -> h.getString("officeCode"),
                      h -> h.getBoolean("lead"),
                      (a, b) -> a,
                      LinkedHashMap::new)));
    }
    return holders;
  }
}
