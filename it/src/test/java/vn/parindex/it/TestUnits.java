package vn.parindex.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

/**
 * What the province's tests set up through the administrator's API: units with their offices, and a
 * small published commune index of two areas (three criteria) and a survey part.
 */
final class TestUnits {
  private static final String COMMUNE_INDEX =
      """
      version:
        name: "%s"
        unit_level: commune
        year: 2037
        decision: {number: "1/QĐ-UBND", date: 2036-12-01, issuer: "UBND tỉnh thử"}
        total_max: 25
        self_assessed_max: 15
        survey_max: 10
        bands:
          - {label: "Tốt", min: 20}
          - {label: "Yếu", min: 0}
      nodes:
        - {code: "1", kind: area, name: "Chỉ đạo, điều hành", max_points: 10}
        - {code: "1.1", kind: criterion, name: "Kế hoạch CCHC", max_points: 5, scoring: {type: binary}}
        - {code: "1.2", kind: criterion, name: "Sáng kiến CCHC", max_points: 5, scoring: {type: manual, step: 0.5}}
        - {code: "2", kind: area, name: "Văn bản quy phạm pháp luật", max_points: 5}
        - {code: "2.1", kind: criterion, name: "Ban hành văn bản", max_points: 5, scoring: {type: binary}}
        - {code: "S", kind: area, name: "Điều tra xã hội học", max_points: 10, method: survey}
      """;

  private TestUnits() {}

  /** Imports and publishes the small commune index under this name; its id. */
  static long communeIndex(Api admin, String name) throws Exception {
    HttpResponse<String> imported =
        admin.upload(
            "index-versions", "application/yaml", COMMUNE_INDEX.formatted(name).getBytes(UTF_8));
    assertEquals(201, imported.statusCode(), imported.body());
    long version = Api.id(imported);
    HttpResponse<String> published = admin.post("index-versions/" + version + "/publish", "");
    assertTrue(published.statusCode() / 100 == 2, published.body());
    return version;
  }

  static long unit(Api admin, String name, String level) throws Exception {
    return Api.id(
        admin.post(
            "units",
            "{\"name\": \""
                + name
                + "\", \"level\": \""
                + level
                + "\", \"superiorName\": \"UBND tỉnh thử\", \"placeName\": \"Thử\"}"));
  }

  static void office(Api admin, long unit, String code, String name, boolean consolidating)
      throws Exception {
    Api.json(
        admin.post(
            "units/" + unit + "/offices",
            "{\"code\": \""
                + code
                + "\", \"name\": \""
                + name
                + "\", \"consolidating\": "
                + consolidating
                + "}"));
  }
}
