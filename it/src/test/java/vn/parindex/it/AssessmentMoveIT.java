package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.parindex.it.IndexVersionApiIT.node;
import static vn.parindex.it.IndexVersionApiIT.nodePath;
import static vn.parindex.it.IndexVersionApiIT.withMaxChangedBy;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The amendment mid-year: the open An Lão assessment moves to a revision of its index. Unchanged
 * criteria keep their scores, changed ones start again and their office is told, removed ones keep
 * their old scores as history, and nothing is deleted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AssessmentMoveIT {
  private final Api admin = new Api("admin");
  private final Api noivu = new Api("noivu");

  @Test
  void unchangedCriteriaKeepTheirScoresAndChangedOnesAreResetAndTold() throws Exception {
    assertEquals(
        200,
        noivu
            .selfScore(
                "4.1", "{\"inputs\": {\"met\": true}, \"explanation\": \"Đã ban hành quy định\"}")
            .statusCode());
    assertEquals(200, noivu.selfScore("5.4", "{\"inputs\": {\"violations\": 1}}").statusCode());
    assertEquals(200, noivu.selfScore("5.1", "{\"inputs\": {\"met\": true}}").statusCode());
    byte[] pdf = SamplePdf.pdf("Quyet dinh ban hanh quy dinh chuc nang nhiem vu");
    HttpResponse<String> document =
        noivu.uploadFile(
            "evidence?assessment=1&number=12%2FQD-UBND&date=2023-05-05&issuer=UBND%20huyen"
                + "&summary=Quy%20dinh%20chuc%20nang%20nhiem%20vu",
            "quy-dinh.pdf", pdf);
    assertEquals(201, document.statusCode(), document.body());
    long evidence = ((JsonObject) Api.json(document)).getJsonNumber("id").longValue();
    assertEquals(200, noivu.put("evidence/" + evidence + "/links/4.1", "").statusCode());
    long scoresBefore = TestDatabase.count("self_score");
    long original = IndexVersionApiIT.demoVersion();
    long revision = IndexVersionApiIT.revise(original, "Bộ chỉ số sửa đổi giữa năm");
    JsonObject tree = (JsonObject) Api.json(admin.get("index-versions/" + revision));
    // 5.4 and 5.7 trade half a point, 5.1 gives way to a new 5.9: the totals still hold
    assertEquals(
        204,
        admin
            .put(
                nodePath(revision, "5.4"),
                withMaxChangedBy(node(tree, "5.4"), new BigDecimal("0.5")))
            .statusCode());
    assertEquals(
        204,
        admin
            .put(
                nodePath(revision, "5.7"),
                withMaxChangedBy(node(tree, "5.7"), new BigDecimal("-0.5")))
            .statusCode());
    assertEquals(204, admin.delete(nodePath(revision, "5.1")).statusCode());
    assertEquals(
        201,
        admin
            .post(
                "index-versions/" + revision + "/nodes",
                IndexVersionApiIT.node("5.9", "Tiêu chí mới về công chức", "1", "binary"))
            .statusCode());
    HttpResponse<String> published = admin.post("index-versions/" + revision + "/publish", "");
    assertEquals(204, published.statusCode(), published.body());

    Map<String, String> preview =
        outcomes((JsonArray) Api.json(admin.get("assessments/1/move-preview?to=" + revision)));
    assertEquals(original, versionOfAssessment(), "a preview changes nothing");
    Map<String, String> result =
        outcomes((JsonArray) Api.json(admin.post("assessments/1/move?to=" + revision, "")));

    assertEquals(preview, result);
    assertEquals("CARRIED_OVER", result.get("4.1"), result.toString());
    assertEquals("RESET", result.get("5.4"));
    assertEquals("RESET", result.get("5.7"));
    assertEquals("REMOVED", result.get("5.1"));
    assertEquals("NEW", result.get("5.9"));
    assertEquals(revision, versionOfAssessment());
    TestDatabase.StoredScore carried = TestDatabase.selfScore("noi-vu", "4.1").orElseThrow();
    assertEquals(0, new BigDecimal("1.5").compareTo(carried.points()));
    assertEquals("Đã ban hành quy định", carried.explanation());
    assertTrue(TestDatabase.selfScore("noi-vu", "5.4").isEmpty(), "5.4 starts again");
    JsonArray supporting = (JsonArray) Api.json(noivu.get("evidence?assessment=1&criterion=4.1"));
    assertTrue(
        supporting.getValuesAs(JsonObject.class).stream()
            .anyMatch(d -> d.getJsonNumber("id").longValue() == evidence),
        "the document still supports 4.1 after the move: " + supporting);
    assertTrue(
        TestDatabase.count("self_score") > scoresBefore, "old scores are kept, carried ones added");
    assertTrue(oldScoreKept("noi-vu", "5.1", original));
    assertTrue(noticeCount("noi-vu", "notice.criterionReset") >= 2);
    JsonArray criteria = (JsonArray) Api.json(noivu.get("assessments/1/criteria"));
    Map<String, String> status = new HashMap<>();
    criteria
        .getValuesAs(JsonObject.class)
        .forEach(c -> status.put(c.getString("code"), c.getString("status")));
    assertEquals("DRAFT", status.get("4.1"));
    assertEquals("NOT_STARTED", status.get("5.4"));
    assertTrue(!status.containsKey("5.1"));
  }

  @Test
  void anAssessmentMovesOnlyToAPublishedRevisionOfItsIndex() throws Exception {
    long draft =
        IndexVersionApiIT.revise(IndexVersionApiIT.demoVersion(), "Bản nháp chưa ban hành");

    HttpResponse<String> refused = admin.post("assessments/1/move?to=" + draft, "");

    assertEquals(400, refused.statusCode(), refused.body());
    assertTrue(
        refused.body().contains("chưa ban hành") || refused.body().contains("đã ban hành"),
        refused.body());
    assertEquals(403, noivu.post("assessments/1/move?to=" + draft, "").statusCode());
  }

  private long versionOfAssessment() throws Exception {
    return ((JsonArray) Api.json(admin.get("assessments")))
        .getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getJsonNumber("id").longValue() == 1)
            .findFirst()
            .orElseThrow()
            .getJsonNumber("versionId")
            .longValue();
  }

  private static Map<String, String> outcomes(JsonArray lines) {
    Map<String, String> outcomes = new HashMap<>();
    for (JsonObject line : lines.getValuesAs(JsonObject.class)) {
      String code =
          line.containsKey("afterCode")
              ? line.getString("afterCode")
              : line.getString("beforeCode");
      outcomes.put(code, line.getString("outcome"));
    }
    return outcomes;
  }

  private static boolean oldScoreKept(String office, String code, long version) throws Exception {
    String sql =
        "select count(*) from self_score s join assignment a on a.id = s.assignment_id"
            + " join criterion c on c.id = a.criterion_id join office o on o.id = a.office_id"
            + " where o.code = ? and c.code = ? and c.version_id = ?";
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, office);
      ps.setString(2, code);
      ps.setLong(3, version);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) == 1;
      }
    }
  }

  private static long noticeCount(String office, String key) throws Exception {
    String sql =
        "select count(*) from office_notice n join office o on o.id = n.office_id"
            + " where o.code = ? and n.message_key = ?";
    try (Connection c = TestDatabase.connect();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, office);
      ps.setString(2, key);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
