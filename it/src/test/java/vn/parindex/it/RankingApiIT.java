package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ranking of units through the API of the real EAR against PostgreSQL: its totals agree with
 * the consolidation of the same assessment, and only leaders and administrators may read it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RankingApiIT {

  @Test
  void theDemoUnitIsRankedWithTheGrandTotalOfItsConsolidation() throws Exception {
    JsonObject consolidation =
        Api.json(new Api("noivu").get("assessments/1/consolidation")).asJsonObject();
    int year = consolidation.getInt("year");

    HttpResponse<String> response =
        new Api("lanhdao").get("rankings?year=" + year + "&level=district");

    assertEquals(200, response.statusCode(), response.body());
    JsonArray ranking = Api.json(response).asJsonArray();
    JsonObject demo =
        ranking.getValuesAs(JsonObject.class).stream()
            .filter(u -> u.getJsonNumber("assessmentId").longValue() == 1)
            .findFirst()
            .orElseThrow();
    assertEquals(
        consolidation.getJsonObject("totals").getJsonNumber("grandTotal").bigDecimalValue(),
        demo.getJsonNumber("grandTotal").bigDecimalValue());
    assertEquals(consolidation.getString("unitName"), demo.getString("unitName"));
    assertEquals(consolidation.getBoolean("provisional"), demo.getBoolean("provisional"));
    assertTrue(demo.getInt("rank") >= 1);
    for (int i = 1; i < ranking.size(); i++) {
      assertTrue(
          ranking
                  .getJsonObject(i - 1)
                  .getJsonNumber("grandTotal")
                  .bigDecimalValue()
                  .compareTo(ranking.getJsonObject(i).getJsonNumber("grandTotal").bigDecimalValue())
              >= 0,
          "ranked by grand total, highest first");
    }
  }

  @Test
  void anOfficeMayNotReadTheRanking() throws Exception {
    HttpResponse<String> response = new Api("tuphap").get("rankings?year=2023&level=district");

    assertEquals(403, response.statusCode(), response.body());
  }

  @Test
  void aRankingWithoutItsBlockOrLevelIsRefusedNamingTheBlock() throws Exception {
    HttpResponse<String> response = new Api("admin").get("rankings?year=2023");

    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"field\":\"block\""), response.body());
    assertEquals(404, new Api("admin").get("rankings?year=2023&block=987654321").statusCode());
  }

  @Test
  void aBlockRanksOnlyItsOwnUnits() throws Exception {
    Api admin = new Api("admin");
    String suffix = Long.toString(System.nanoTime(), 36);
    long province = id(admin.post("provinces", "{\"name\": \"Tỉnh Xếp hạng " + suffix + "\"}"));
    long block = id(admin.post("provinces/" + province + "/blocks", "{\"name\": \"Khối xã\"}"));
    long version = demoVersion(admin);
    int year = 2031;
    long first = rankedUnit(admin, "Xã Một " + suffix, block, version, year);
    long second = rankedUnit(admin, "Xã Hai " + suffix, block, version, year);
    rankedUnit(admin, "Xã Ngoài khối " + suffix, null, version, year);

    HttpResponse<String> response = admin.get("rankings?year=" + year + "&block=" + block);

    assertEquals(200, response.statusCode(), response.body());
    JsonArray ranking = Api.json(response).asJsonArray();
    assertEquals(
        Set.of(first, second),
        ranking.getValuesAs(JsonObject.class).stream()
            .map(u -> u.getJsonNumber("assessmentId").longValue())
            .collect(Collectors.toSet()),
        response.body());
    assertTrue(
        admin.get("rankings?year=" + year + "&level=district").body().contains("Ngoài khối"),
        "the level still ranks every unit of the level");
  }

  /** A unit with an assessment for the year whose areas one office holds; its assessment's id. */
  private static long rankedUnit(Api admin, String name, Long block, long version, int year)
      throws Exception {
    long unit =
        id(
            admin.post(
                "units",
                "{\"name\": \""
                    + name
                    + "\", \"level\": \"district\", \"placeName\": \"Gia Lai\"}"));
    Api.json(
        admin.post(
            "units/" + unit + "/offices",
            "{\"code\": \"vp\", \"name\": \"Văn phòng\", \"consolidating\": true}"));
    if (block != null) {
      Api.json(admin.put("units/" + unit + "/placement", "{\"block\": " + block + "}"));
    }
    long assessment =
        id(
            admin.post(
                "assessments",
                "{\"unit\": "
                    + unit
                    + ", \"year\": "
                    + year
                    + ", \"version\": "
                    + version
                    + ", \"deadline\": \""
                    + year
                    + "-11-25\"}"));
    JsonObject tree = (JsonObject) Api.json(admin.get("index-versions/" + version));
    for (JsonObject node : IndexVersionApiIT.nodes(tree)) {
      if (!node.getString("code").contains(".")) {
        admin.put("assignments/" + assessment + "/areas/" + node.getString("code") + "/vp", "");
      }
    }
    return assessment;
  }

  private static long demoVersion(Api admin) throws Exception {
    return Api.json(admin.get("assessments")).asJsonArray().getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getJsonNumber("id").longValue() == 1)
        .findFirst()
        .orElseThrow()
        .getJsonNumber("versionId")
        .longValue();
  }

  private static long id(HttpResponse<String> response) {
    return Api.json(response).asJsonObject().getJsonNumber("id").longValue();
  }

  @Test
  void aRankingWithoutItsYearIsRefusedWithATranslatedMessage() throws Exception {
    HttpResponse<String> vi = new Api("admin").get("rankings");
    HttpResponse<String> en = new Api("admin").inEnglish().get("rankings");

    assertEquals(400, vi.statusCode(), vi.body());
    assertTrue(vi.body().contains("Vui lòng cho biết năm"), vi.body());
    assertTrue(en.body().contains("Please give the assessment year"), en.body());
  }
}
