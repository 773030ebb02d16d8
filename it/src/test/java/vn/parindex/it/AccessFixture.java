package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two units of the test's own, A and B, each with its administrator, consolidating office, leader
 * and offices, and an open assessment of A with a scored criterion and a document: the data the
 * access matrix acts on, and every kind of caller that acts on it.
 */
final class AccessFixture {
  static final String PASSWORD = "Kiem-tra-quyen-2026!";

  /** The callers, in the order of the matrix's outcome columns. */
  static final List<String> CALLERS =
      List.of(
          "anonymous",
          "system administrator",
          "A's administrator",
          "A's consolidator",
          "A's office",
          "another office of A",
          "A's leader",
          "B's administrator",
          "B's consolidator",
          "B's leader",
          "B's office");

  final String suffix = Long.toString(System.nanoTime(), 36);
  final Map<String, String> placeholders = new LinkedHashMap<>();
  final List<Api> apis;
  final long assessment;

  private final Api admin = new Api("admin");

  AccessFixture() throws Exception {
    long version = demoVersion();
    long unitA = unit("UBND xã Ma trận A " + suffix);
    long unitB = unit("UBND xã Ma trận B " + suffix);
    offices(unitA, "noi-vu", "tu-phap", "van-hoa", "tam-thoi");
    offices(unitB, "noi-vu", "tu-phap");
    apis =
        List.of(
            Api.anonymous(),
            admin,
            account("adm.a", unitA, null, "\"ADMIN\""),
            account("cons.a", unitA, "noi-vu", "\"OFFICE\", \"CONSOLIDATOR\""),
            account("off.a", unitA, "tu-phap", "\"OFFICE\""),
            account("off2.a", unitA, "van-hoa", "\"OFFICE\""),
            account("lead.a", unitA, null, "\"LEADER\""),
            account("adm.b", unitB, null, "\"ADMIN\""),
            account("cons.b", unitB, "noi-vu", "\"OFFICE\", \"CONSOLIDATOR\""),
            account("lead.b", unitB, null, "\"LEADER\""),
            account("off.b", unitB, "tu-phap", "\"OFFICE\""));
    account("spare.a", unitA, "van-hoa", "\"OFFICE\"");
    Api consolidator = apis.get(3);
    LocalDate deadline = LocalDate.now().plusDays(60);
    assessment =
        id(
            consolidator.post(
                "assessments",
                "{\"unit\": "
                    + unitA
                    + ", \"year\": "
                    + deadline.getYear()
                    + ", \"version\": "
                    + version
                    + ", \"deadline\": \""
                    + deadline
                    + "\"}"));
    for (String area : areas(version)) {
      consolidator.put("assignments/" + assessment + "/areas/" + area + "/tu-phap", "");
    }
    Api.json(consolidator.put("assignments/" + assessment + "/1.1/van-hoa", ""));
    Api.json(consolidator.post("assessments/" + assessment + "/open", ""));
    Api office = apis.get(4);
    Api.json(
        office.put(
            "assessments/" + assessment + "/criteria/2.2.1/self-score",
            "{\"inputs\": {\"timeliness\": \"ON_TIME\"}}"));
    long evidence =
        id(
            office.uploadFile(
                "evidence?assessment="
                    + assessment
                    + "&criterion=2.2.1&number=01%2FKT&date=2026-01-05&issuer=UBND&summary=Kiem-thu",
                "ke-hoach.pdf",
                SamplePdf.pdf("Ke hoach kiem thu quyen")));
    placeholders.put("{a}", String.valueOf(assessment));
    placeholders.put("{unit}", String.valueOf(unitA));
    placeholders.put("{unitname}", "UBND xã Ma trận A " + suffix);
    placeholders.put("{ver}", String.valueOf(version));
    placeholders.put("{draft}", String.valueOf(IndexVersionApiIT.revise(version, "Thử quyền")));
    placeholders.put("{ev}", String.valueOf(evidence));
    placeholders.put("{spare}", "spare.a." + suffix);
    placeholders.put("{future}", deadline.plusDays(10).toString());
    placeholders.put("{later}", deadline.plusDays(30).toString());
    placeholders.put("{year}", String.valueOf(deadline.getYear()));
    placeholders.put("{suffix}", suffix);
    placeholders.put("{password}", PASSWORD);
    campaign(unitA, version, deadline);
  }

  /**
   * Unit A in a province's block, and that province's campaign of the assessment's year, on the
   * same index, with A's assessment joined and two rounds planned.
   */
  private void campaign(long unitA, long version, LocalDate deadline) throws Exception {
    long province = ProvinceFixture.province("Tỉnh ma trận " + suffix);
    long block = ProvinceFixture.block(province, "Khối ma trận " + suffix, 1);
    ProvinceFixture.place(unitA, province, block);
    long campaign =
        id(
            admin.post(
                "campaigns",
                "{\"province\": "
                    + province
                    + ", \"year\": "
                    + deadline.getYear()
                    + ", \"name\": \"Đợt ma trận\", \"selfDeadline\": \""
                    + deadline
                    + "\", \"submissionDeadline\": \""
                    + deadline.plusDays(5)
                    + "\"}"));
    Api.json(
        admin.put(
            "campaigns/" + campaign + "/blocks/" + block, "{\"versionId\": " + version + "}"));
    Api.json(
        admin.put(
            "campaigns/" + campaign + "/rounds",
            "[{\"appraisalUntil\": \""
                + deadline.plusDays(10)
                + "\", \"explanationUntil\": \""
                + deadline.plusDays(15)
                + "\"}, {\"appraisalUntil\": \""
                + deadline.plusDays(20)
                + "\"}]"));
    Api.json(admin.post("campaigns/" + campaign + "/assessments", ""));
    placeholders.put("{province}", String.valueOf(province));
    placeholders.put("{campaign}", String.valueOf(campaign));
    placeholders.put("{block}", String.valueOf(block));
  }

  String fill(String template) {
    String filled = template;
    for (Map.Entry<String, String> p : placeholders.entrySet()) {
      filled = filled.replace(p.getKey(), p.getValue());
    }
    return filled;
  }

  private long demoVersion() throws Exception {
    return ((JsonArray) Api.json(admin.get("assessments")))
        .getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getJsonNumber("id").longValue() == 1)
            .findFirst()
            .orElseThrow()
            .getJsonNumber("versionId")
            .longValue();
  }

  private List<String> areas(long version) throws Exception {
    JsonObject tree = (JsonObject) Api.json(admin.get("index-versions/" + version));
    return IndexVersionApiIT.nodes(tree).stream()
        .map(n -> n.getString("code"))
        .filter(code -> !code.contains("."))
        .toList();
  }

  private long unit(String name) throws Exception {
    return id(
        admin.post(
            "units",
            "{\"name\": \""
                + name
                + "\", \"level\": \"district\", \"superiorName\": \"UBND tỉnh Bình Định\","
                + " \"placeName\": \"An Lão\"}"));
  }

  private void offices(long unit, String consolidating, String... others) throws Exception {
    Api.json(
        admin.post(
            "units/" + unit + "/offices",
            "{\"code\": \""
                + consolidating
                + "\", \"name\": \"Văn phòng\", \"consolidating\": true}"));
    for (String code : others) {
      Api.json(
          admin.post(
              "units/" + unit + "/offices",
              "{\"code\": \"" + code + "\", \"name\": \"Phòng " + code + "\"}"));
    }
  }

  private Api account(String name, long unit, String office, String roles) throws Exception {
    String username = name + "." + suffix;
    HttpResponse<String> created =
        admin.post(
            "users",
            "{\"username\": \""
                + username
                + "\", \"displayName\": \"Thử quyền\", \"unit\": "
                + unit
                + (office == null ? "" : ", \"office\": \"" + office + "\"")
                + ", \"roles\": ["
                + roles
                + "], \"password\": \""
                + PASSWORD
                + "\"}");
    assertEquals(201, created.statusCode(), created.body());
    return new Api(username, PASSWORD);
  }

  private static long id(HttpResponse<String> response) {
    return ((JsonObject) Api.json(response)).getJsonNumber("id").longValue();
  }
}
