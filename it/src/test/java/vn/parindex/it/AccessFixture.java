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
          "B's office",
          "A's province's Sở Nội vụ",
          "an appraiser of A's province, given area 2",
          "A's province's council",
          "B's province's Sở Nội vụ");

  final String suffix = Long.toString(System.nanoTime(), 36);
  final Map<String, String> placeholders = new LinkedHashMap<>();
  final List<Api> apis;
  final long assessment;
  private long blockOfA;
  private long provinceP;
  private long provinceQ;

  private final Api admin = new Api("admin");

  AccessFixture() throws Exception {
    long version = demoVersion(admin);
    long unitA = unit("UBND xã Ma trận A " + suffix);
    long unitB = unit("UBND xã Ma trận B " + suffix);
    long department = unit("Sở thẩm định Ma trận " + suffix);
    provinces(unitA, unitB, department);
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
            account("off.b", unitB, "tu-phap", "\"OFFICE\""),
            account("snv.p", null, null, "\"PROVINCE\"", provinceP),
            account("tham.p", department, null, "\"APPRAISER\"", provinceP),
            account("hd.p", null, null, "\"COUNCIL\"", provinceP),
            account("snv.q", null, null, "\"PROVINCE\"", provinceQ));
    account("spare.a", unitA, "van-hoa", "\"OFFICE\"");
    Api consolidator = apis.get(3);
    LocalDate deadline = LocalDate.now().plusDays(60);
    assessment =
        Api.id(
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
        Api.id(
            office.uploadFile(
                "evidence?assessment="
                    + assessment
                    + "&criterion=2.2.1&number=01%2FKT&date=2026-01-05&issuer=UBND&summary=Kiem-thu",
                "ke-hoach.pdf",
                SamplePdf.pdf("Ke hoach kiem thu quyen")));
    ProvinceRows.Campaign campaign = campaign(department, version);
    ProvinceRows.submit(campaign.id(), assessment, version, "cons.a." + suffix);
    placeholders.put("{campaign}", String.valueOf(campaign.id()));
    placeholders.put("{campaignblock}", String.valueOf(blockOfA));
    placeholders.put("{a}", String.valueOf(assessment));
    placeholders.put("{unit}", String.valueOf(unitA));
    placeholders.put("{unitname}", "UBND xã Ma trận A " + suffix);
    placeholders.put("{ver}", String.valueOf(version));
    placeholders.put("{draft}", String.valueOf(IndexVersionApiIT.revise(version, "Thử quyền")));
    placeholders.put("{ev}", String.valueOf(evidence));
    placeholders.put("{spare}", "spare.a." + suffix);
    placeholders.put("{token}", String.valueOf(sparesToken()));
    placeholders.put("{future}", deadline.plusDays(10).toString());
    placeholders.put("{later}", deadline.plusDays(30).toString());
    placeholders.put("{year}", String.valueOf(deadline.getYear()));
    placeholders.put("{suffix}", suffix);
    placeholders.put("{password}", PASSWORD);
    provinceAndBlock();
  }

  /**
   * A province of the test's own with one block, and a kind of unit: {province}, {block}, {kind}.
   */
  private void provinceAndBlock() throws Exception {
    long province = Api.id(admin.post("provinces", "{\"name\": \"Tỉnh Ma trận " + suffix + "\"}"));
    long block =
        Api.id(admin.post("provinces/" + province + "/blocks", "{\"name\": \"Khối Ma trận\"}"));
    HttpResponse<String> kind =
        admin.post(
            "unit-kinds",
            "{\"code\": \"ma-tran-"
                + suffix
                + "\", \"name\": \"Loại thử quyền\", \"headSignature\": \"GIÁM ĐỐC\","
                + " \"deputySignature\": \"KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC\"}");
    assertEquals(201, kind.statusCode(), kind.body());
    placeholders.put("{province}", String.valueOf(province));
    placeholders.put("{block}", String.valueOf(block));
    placeholders.put("{kind}", "ma-tran-" + suffix);
  }

  /**
   * Unit A in a block of province P, with a campaign whose first round is open and whose appraiser
   * is given area 2; unit B in province Q. Written as rows: the province's set-up is not what the
   * matrix tests.
   */
  private void provinces(long unitA, long unitB, long department) throws Exception {
    provinceP = ProvinceRows.province("Tỉnh Ma trận P " + suffix);
    provinceQ = ProvinceRows.province("Tỉnh Ma trận Q " + suffix);
    blockOfA = ProvinceRows.block(provinceP, "Khối xã P " + suffix, 1);
    ProvinceRows.place(unitA, provinceP, blockOfA);
    ProvinceRows.place(department, provinceP, null);
    ProvinceRows.place(unitB, provinceQ, ProvinceRows.block(provinceQ, "Khối xã Q " + suffix, 1));
  }

  private ProvinceRows.Campaign campaign(long department, long version) throws Exception {
    long p = provinceP;
    ProvinceRows.Campaign campaign =
        ProvinceRows.campaign(p, blockOfA, version, "Đợt Ma trận " + suffix);
    ProvinceRows.give(campaign.id(), blockOfA, "2", department);
    ProvinceRows.round(campaign.round1(), "OPEN");
    return campaign;
  }

  String fill(String template) {
    String filled = template;
    for (Map.Entry<String, String> p : placeholders.entrySet()) {
      filled = filled.replace(p.getKey(), p.getValue());
    }
    return filled;
  }

  /** The version the demo assessment follows: the index the tests' own units are assessed on. */
  /** A personal access token of the spare account, that the administrators may revoke. */
  private long sparesToken() throws Exception {
    JsonObject issued =
        (JsonObject)
            Api.json(
                admin.post(
                    "users/spare.a." + suffix + "/tokens",
                    "{\"name\": \"Khóa ma trận\", \"scope\": \"READ\"}"));
    return issued.getJsonObject("token").getJsonNumber("id").longValue();
  }

  static long demoVersion(Api admin) throws Exception {
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
    return Api.id(
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

  private Api account(String name, Long unit, String office, String roles) throws Exception {
    return account(name, unit, office, roles, null);
  }

  private Api account(String name, Long unit, String office, String roles, Long province)
      throws Exception {
    return TestAccounts.open(name + "." + suffix, unit, office, roles, province, PASSWORD);
  }
}
