package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The year-over-year comparison follows the links between index versions: the demo unit's next year
 * is assessed on a revision of the demo index in which 2.4 is renamed, 2.3 gives way to a new 2.5;
 * the report puts last year's points of 2.4 beside this year's under its new name, marks 2.5 as new
 * and compares the area and the totals. The revision and the next year's assessment are made for
 * the test (the assessment by SQL: there is no API to open one here) and removed after.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class YearOverYearIT {
  private static final String OLD_NAME = "Theo dõi tình hình thi hành pháp luật";
  private static final String NEW_NAME = "Theo dõi, đánh giá tình hình thi hành pháp luật";
  private static final String NEW_CRITERION = "Phổ biến, giáo dục pháp luật cho cán bộ, công chức";

  private final Api admin = new Api("admin");
  private final Api noivu = new Api("noivu");

  @Test
  void followsRenamedAndNewCriteriaAndComparesAreasAndTotals() throws Exception {
    List<Map<String, Object>> saved = TestDatabase.selfScoreRows("2.4");
    Long revision = null;
    Long nextYear = null;
    try {
      HttpResponse<String> scored =
          new Api("tuphap").selfScore("2.4", "{\"inputs\": {\"met\": true}}");
      assertEquals(200, scored.statusCode(), scored.body());
      JsonObject lastYear = (JsonObject) Api.json(noivu.get("assessments/1/consolidation"));

      revision = IndexVersionApiIT.revise(IndexVersionApiIT.demoVersion(), "Bộ chỉ số năm sau");
      JsonObject tree = (JsonObject) Api.json(admin.get("index-versions/" + revision));
      JsonObject renamed = IndexVersionApiIT.node(tree, "2.4");
      assertEquals(
          204,
          admin
              .put(
                  IndexVersionApiIT.nodePath(revision, "2.4"),
                  IndexVersionApiIT.with(renamed, "name", "\"" + NEW_NAME + "\""))
              .statusCode());
      assertEquals(204, admin.delete(IndexVersionApiIT.nodePath(revision, "2.3")).statusCode());
      HttpResponse<String> added =
          admin.post(
              "index-versions/" + revision + "/nodes",
              IndexVersionApiIT.node("2.5", NEW_CRITERION, "1", "binary"));
      assertEquals(201, added.statusCode(), added.body());
      HttpResponse<String> published = admin.post("index-versions/" + revision + "/publish", "");
      assertEquals(204, published.statusCode(), published.body());

      nextYear = openNextYear(revision, Map.of("2.1", "2", "2.4", "0", "2.5", "1"));

      byte[] pdf = noivu.download("assessments/" + nextYear + "/year-over-year.pdf").body();
      String text = SelfAssessmentReportIT.text(pdf);
      int year = lastYear.getInt("year");
      assertTrue(text.contains("NĂM " + (year + 1) + " VỚI NĂM " + year), text);
      String renamedRow = "2.4 2.4 " + NEW_NAME + " Năm trước: " + OLD_NAME + " 1 1 1 0 -1 Đổi tên";
      assertTrue(text.contains(renamedRow), renamedRow + " in " + text);
      String newRow = "2.5 " + NEW_CRITERION + " 1 Mới 1";
      assertTrue(text.contains(newRow), newRow + " in " + text);

      JsonObject area = area(lastYear, "2");
      BigDecimal before = SelfAssessmentReportIT.decimal(area, "points");
      String areaRow =
          area.getString("name")
              + " 6 6 "
              + vi(before)
              + " 3 "
              + signed(new BigDecimal("3").subtract(before));
      assertTrue(text.contains(areaRow), areaRow + " in " + text);
      BigDecimal self =
          SelfAssessmentReportIT.decimal(lastYear.getJsonObject("totals"), "selfAssessed");
      String totalRow =
          "Tổng điểm tự đánh giá 70 70 "
              + vi(self)
              + " 3 "
              + signed(new BigDecimal("3").subtract(self));
      assertTrue(text.contains(totalRow), totalRow + " in " + text);
      assertTrue(text.contains("Xếp loại"), text);

      HttpResponse<byte[]> chosen =
          noivu.download("assessments/" + nextYear + "/year-over-year.xlsx?previous=1");
      assertEquals(200, chosen.statusCode());
      HttpResponse<String> notEarlier =
          noivu.get("assessments/" + nextYear + "/year-over-year.pdf?previous=" + nextYear);
      assertEquals(400, notEarlier.statusCode(), notEarlier.body());
      HttpResponse<String> office =
          new Api("tuphap").get("assessments/" + nextYear + "/year-over-year.pdf");
      assertEquals(403, office.statusCode(), office.body());
    } finally {
      if (nextYear != null) {
        removeAssessment(nextYear);
      }
      if (revision != null) {
        removeVersion(revision);
      }
      TestDatabase.restoreSelfScores(saved, "2.4");
    }
  }

  @Test
  void aUnitWithoutAnEarlierYearGetsATranslatedRefusal() throws Exception {
    HttpResponse<String> vi = noivu.get("assessments/1/year-over-year.pdf");
    assertEquals(400, vi.statusCode(), vi.body());
    assertTrue(vi.body().contains("chưa có kết quả tự đánh giá"), vi.body());
    HttpResponse<String> en = new Api("noivu").inEnglish().get("assessments/1/year-over-year.docx");
    assertEquals(400, en.statusCode(), en.body());
    assertTrue(en.body().contains("no self-assessment of a year before"), en.body());
  }

  private static JsonObject area(JsonObject view, String code) {
    return view.getJsonArray("areas").getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static String vi(BigDecimal value) {
    return new DecimalFormat(
            "#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")))
        .format(value);
  }

  private static String signed(BigDecimal value) {
    return value.signum() > 0 ? "+" + vi(value) : vi(value);
  }

  /**
   * Opens the demo unit's assessment of the next year on the revision, with Phòng Tư pháp leading
   * the given criteria and these points saved as drafts.
   */
  private static long openNextYear(long version, Map<String, String> points) throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      long id;
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into assessment (unit_id, version_id, assessment_year, deadline, status)"
                  + " select unit_id, ?, assessment_year + 1, current_date + 30, 'OPEN'"
                  + " from assessment"
                  + " where id = 1 returning id")) {
        ps.setLong(1, version);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          id = rs.getLong(1);
        }
      }
      for (Map.Entry<String, String> score : points.entrySet()) {
        long assignment;
        try (PreparedStatement ps =
            c.prepareStatement(
                "insert into assignment (assessment_id, criterion_id, office_id, is_lead)"
                    + " select ?, c.id, o.id, true from criterion c, office o, assessment x"
                    + " where c.version_id = ? and c.code = ? and o.code = 'tu-phap'"
                    + " and x.id = 1 and o.unit_id = x.unit_id returning id")) {
          ps.setLong(1, id);
          ps.setLong(2, version);
          ps.setString(3, score.getKey());
          try (ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next(), "no criterion " + score.getKey());
            assignment = rs.getLong(1);
          }
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "insert into self_score (row_version, assignment_id, points, status, updated_at,"
                    + " updated_by) values (0, ?, ?, 'DRAFT', current_timestamp, 'tuphap')")) {
          ps.setLong(1, assignment);
          ps.setBigDecimal(2, new BigDecimal(score.getValue()));
          ps.executeUpdate();
        }
      }
      return id;
    }
  }

  private static void removeAssessment(long id) throws SQLException {
    TestDatabase.deleteAssessment(id);
  }

  /** Removes the revision made for the test, so that the versions are as before. */
  static void removeVersion(long id) throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      for (String sql :
          List.of(
              "delete from scoring_tier where criterion_id in"
                  + " (select id from criterion where version_id = ?)",
              "update criterion set parent_id = null, predecessor_id = null where version_id = ?",
              "delete from criterion where version_id = ?",
              "delete from classification_band where version_id = ?",
              "delete from index_version where id = ?")) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setLong(1, id);
          ps.executeUpdate();
        }
      }
    }
  }
}
