package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The appraisal documents of a small campaign seeded by SQL (the services that write these rows are
 * not used here): a commune submits three criteria at their max, round 1 lowers the first to 0 with
 * a reason and the commune explains it, keeps the second, leaves the third undecided. The summary,
 * the notice and the worksheet print those scores and their totals, to the callers the access
 * policy lets read them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AppraisalDocumentsIT {
  private static final String UNIT = "UBND xã Thử Tài Liệu";
  private static final String REASON = "Thiếu báo cáo kết quả thực hiện";
  private static final String EXPLANATION = "Đã bổ sung Báo cáo số 45";

  private static final Api province = new Api("tl-sonoivu");
  private static final Api appraiser = new Api("tl-sotuphap");

  private static long assessment;
  private static long campaign;
  private static final List<String> codes = new ArrayList<>();
  private static final List<BigDecimal> maxima = new ArrayList<>();

  @BeforeAll
  static void seed() throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      long version = single(c, "select version_id from assessment where id = 1");
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "select code, max_points from criterion c where version_id = "
                      + version
                      + " and kind <> 'AREA' and not exists (select 1 from criterion k"
                      + " where k.parent_id = c.id) order by sort_order limit 3")) {
        while (rs.next()) {
          codes.add(rs.getString(1));
          maxima.add(rs.getBigDecimal(2).stripTrailingZeros());
        }
      }
      long provinceId =
          single(
              c,
              "insert into province (name, illustrative) values ('Tỉnh Thử Tài Liệu', true)"
                  + " returning id");
      long block =
          single(
              c,
              "insert into unit_block (province_id, name, sort_order) values ("
                  + provinceId
                  + ", 'Khối xã thử', 1) returning id");
      long kind =
          single(
              c,
              "insert into unit_kind (code, name, head_signature, deputy_signature) values"
                  + " ('so-thu-tai-lieu', 'Sở', 'GIÁM ĐỐC SỞ THỬ', 'KT. GIÁM ĐỐC') returning id");
      long commune =
          single(
              c,
              "insert into assessed_unit (name, unit_level, superior_name, place_name,"
                  + " province_id, block_id) select '"
                  + UNIT
                  + "', u.unit_level, null, 'Thử', "
                  + provinceId
                  + ", "
                  + block
                  + " from assessed_unit u join assessment a on a.unit_id = u.id where a.id = 1"
                  + " returning id");
      long department =
          single(
              c,
              "insert into assessed_unit (name, unit_level, superior_name, place_name,"
                  + " province_id, kind_id) select 'Sở Tư pháp thử', u.unit_level, null, 'Thử', "
                  + provinceId
                  + ", "
                  + kind
                  + " from assessed_unit u join assessment a on a.unit_id = u.id where a.id = 1"
                  + " returning id");
      account(c, "tl-sonoivu", "PROVINCE", null, provinceId);
      account(c, "tl-sotuphap", "APPRAISER", department, provinceId);
      campaign =
          single(
              c,
              "insert into campaign (row_version, province_id, campaign_year, name, self_deadline,"
                  + " submission_deadline) values (0, "
                  + provinceId
                  + ", 2031, 'Đợt thử tài liệu', '2031-01-05', '2031-01-10') returning id");
      update(
          c,
          "insert into campaign_block (campaign_id, block_id, version_id) values ("
              + campaign
              + ", "
              + block
              + ", "
              + version
              + ")");
      long round =
          single(
              c,
              "insert into appraisal_round (campaign_id, round_number, appraisal_until,"
                  + " explanation_until, status, opened_at) values ("
                  + campaign
                  + ", 1, '2031-01-25', '2031-02-03', 'OPEN', current_timestamp) returning id");
      update(
          c,
          "insert into appraisal_round (campaign_id, round_number, appraisal_until, status)"
              + " values ("
              + campaign
              + ", 2, '2031-02-20', 'PLANNED')");
      assessment =
          single(
              c,
              "insert into assessment (unit_id, version_id, assessment_year, deadline, status,"
                  + " campaign_id) values ("
                  + commune
                  + ", "
                  + version
                  + ", 2031, '2031-01-05', 'OPEN', "
                  + campaign
                  + ") returning id");
      long submission =
          single(
              c,
              "insert into submission (row_version, assessment_id, campaign_id, status,"
                  + " submitted_at, submitted_by, late) values (0, "
                  + assessment
                  + ", "
                  + campaign
                  + ", 'SUBMITTED', current_timestamp, 'test', false) returning id");
      for (int i = 0; i < codes.size(); i++) {
        update(
            c,
            "insert into submitted_score (submission_id, criterion_id, points) select "
                + submission
                + ", id, max_points from criterion where version_id = "
                + version
                + " and code = '"
                + codes.get(i)
                + "'");
      }
      appraise(c, version, round, codes.get(0), "0", REASON);
      appraise(c, version, round, codes.get(1), maxima.get(1).toPlainString(), null);
      update(
          c,
          "insert into explanation (row_version, assessment_id, criterion_id, round_id, accepted,"
              + " body, answered_by, answered_at) select 0, "
              + assessment
              + ", id, "
              + round
              + ", false, '"
              + EXPLANATION
              + "', 'test', current_timestamp from criterion where version_id = "
              + version
              + " and code = '"
              + codes.get(0)
              + "'");
      update(
          c,
          "insert into appraiser_assignment (campaign_id, block_id, node_code, department_id)"
              + " values ("
              + campaign
              + ", "
              + block
              + ", '"
              + codes.get(0).substring(0, codes.get(0).indexOf('.'))
              + "', "
              + department
              + ")");
    }
  }

  @AfterAll
  static void removeSeed() throws SQLException {
    try (Connection c = TestDatabase.connect()) {
      for (String sql :
          List.of(
              "delete from appraiser_assignment where campaign_id = " + campaign,
              "delete from explanation where assessment_id = " + assessment,
              "delete from appraised_score where assessment_id = " + assessment,
              "delete from submitted_score where submission_id in (select id from submission"
                  + " where assessment_id = "
                  + assessment
                  + ")",
              "delete from submission where assessment_id = " + assessment,
              "delete from assessment where id = " + assessment,
              "delete from appraisal_round where campaign_id = " + campaign,
              "delete from campaign_block where campaign_id = " + campaign,
              "delete from campaign where id = " + campaign,
              "delete from user_role where user_id in (select id from user_account"
                  + " where username like 'tl-%')",
              "delete from user_account where username like 'tl-%'",
              // only its own two units: other tests' units share the place name 'Thử'
              "delete from assessed_unit where place_name = 'Thử' and name in ('"
                  + UNIT.replace("'", "''")
                  + "', 'Sở Tư pháp thử')",
              "delete from unit_kind where code = 'so-thu-tai-lieu'",
              "delete from unit_block where name = 'Khối xã thử'",
              "delete from province where name = 'Tỉnh Thử Tài Liệu'")) {
        update(c, sql);
      }
    }
  }

  @Test
  void theSummaryPrintsEveryScoreWithTheReasonTheExplanationAndTheTotals() throws Exception {
    HttpResponse<byte[]> pdf =
        province.download("assessments/" + assessment + "/appraisal/summary?format=pdf");
    assertEquals(200, pdf.statusCode());
    String text = SelfAssessmentReportIT.text(pdf.body());
    BigDecimal max = maxima.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal kept = max.subtract(maxima.get(0));
    String total =
        "Tổng cộng "
            + vi(max)
            + " "
            + vi(max)
            + " "
            + vi(kept)
            + " "
            + vi(kept)
            + " -"
            + vi(maxima.get(0));
    assertTrue(text.contains(total), total + " in " + text);
    assertTrue(text.contains("Đơn vị: " + UNIT), text);
    assertTrue(text.contains(REASON), text);
    assertTrue(text.contains(EXPLANATION), text);
    assertTrue(text.contains("CHỦ TỊCH HỘI ĐỒNG"), text);
    assertTrue(text.contains("TỈNH THỬ TÀI LIỆU"), text);

    HttpResponse<byte[]> xlsx =
        province.download("assessments/" + assessment + "/appraisal/summary?format=xlsx");
    assertEquals(200, xlsx.statusCode());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertEquals(
          List.of(max, max, kept, kept, maxima.get(0).negate()).stream()
              .map(BigDecimal::stripTrailingZeros)
              .toList(),
          SelfAssessmentReportIT.numbersOfRow(workbook, "Tổng cộng").stream()
              .map(BigDecimal::stripTrailingZeros)
              .toList());
    }
    assertEquals(
        200,
        province
            .download("assessments/" + assessment + "/appraisal/summary?format=docx")
            .statusCode());
  }

  @Test
  void theNoticeListsOnlyTheChangedCriterionAndTheLastDayToExplain() throws Exception {
    HttpResponse<byte[]> pdf =
        province.download("assessments/" + assessment + "/appraisal/notice?round=1&format=pdf");
    assertEquals(200, pdf.statusCode());
    String text = SelfAssessmentReportIT.text(pdf.body());
    assertTrue(text.contains("THÔNG BÁO"), text);
    assertTrue(text.contains("Kính gửi: " + UNIT + "."), text);
    assertTrue(text.contains("có 1 tiêu chí"), text);
    assertTrue(text.contains(REASON), text);
    assertTrue(text.contains("03/02/2031"), text);
    assertEquals(
        200,
        province
            .download("assessments/" + assessment + "/appraisal/notice?round=1&format=docx")
            .statusCode());
    HttpResponse<String> xlsx =
        province.get("assessments/" + assessment + "/appraisal/notice?round=1&format=xlsx");
    assertEquals(400, xlsx.statusCode(), xlsx.body());
    HttpResponse<String> noRound =
        province.get("assessments/" + assessment + "/appraisal/notice?round=5");
    assertEquals(404, noRound.statusCode(), noRound.body());
  }

  @Test
  void theAppraiserGetsItsDepartmentsWorksheetAndNotTheSummary() throws Exception {
    HttpResponse<byte[]> pdf =
        appraiser.download("campaigns/" + campaign + "/worksheet?format=pdf");
    assertEquals(200, pdf.statusCode());
    String text = SelfAssessmentReportIT.text(pdf.body());
    assertTrue(text.contains("SỞ TƯ PHÁP THỬ"), text);
    assertTrue(text.contains(UNIT + " " + codes.get(0)), text);
    assertTrue(text.contains(REASON), text);
    assertTrue(text.contains("GIÁM ĐỐC SỞ THỬ"), text);
    assertTrue(text.contains("Vòng thẩm định 1"), text);
    HttpResponse<byte[]> xlsx = appraiser.download("campaigns/" + campaign + "/worksheet");
    assertEquals(200, xlsx.statusCode());
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      assertFalse(SelfAssessmentReportIT.numbersOfRow(workbook, "Tổng cộng").isEmpty());
    }

    HttpResponse<String> summary =
        appraiser.get("assessments/" + assessment + "/appraisal/summary");
    assertEquals(403, summary.statusCode(), summary.body());
    HttpResponse<String> provinceWorksheet = province.get("campaigns/" + campaign + "/worksheet");
    assertEquals(403, provinceWorksheet.statusCode(), provinceWorksheet.body());
  }

  @Test
  void anotherUnitsReadersDoNotSeeTheAppraisal() throws Exception {
    HttpResponse<String> demo =
        new Api("noivu").get("assessments/" + assessment + "/appraisal/summary");
    assertEquals(404, demo.statusCode(), demo.body());
    HttpResponse<String> office =
        new Api("tuphap").get("assessments/" + assessment + "/appraisal/notice");
    assertEquals(403, office.statusCode(), office.body());
  }

  private static void account(
      Connection c, String username, String role, Long unit, long provinceId) throws SQLException {
    long id =
        single(
            c,
            "insert into user_account (username, display_name, password_hash, enabled, unit_id,"
                + " province_id) select '"
                + username
                + "', '"
                + username
                + "', password_hash, true, "
                + unit
                + ", "
                + provinceId
                + " from user_account where username = 'noivu' returning id");
    update(c, "insert into user_role (user_id, role) values (" + id + ", '" + role + "')");
  }

  private static void appraise(
      Connection c, long version, long round, String code, String points, String reason)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into appraised_score (row_version, assessment_id, criterion_id, round_id,"
                + " points, reason, appraised_by, appraised_at) select 0, ?, id, ?, ?, ?,"
                + " 'tl-sotuphap', current_timestamp from criterion where version_id = ?"
                + " and code = ?")) {
      ps.setLong(1, assessment);
      ps.setLong(2, round);
      ps.setBigDecimal(3, new BigDecimal(points));
      ps.setString(4, reason);
      ps.setLong(5, version);
      ps.setString(6, code);
      assertEquals(1, ps.executeUpdate());
    }
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      return rs.getLong(1);
    }
  }

  private static void update(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  private static String vi(BigDecimal value) {
    return new DecimalFormat(
            "#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")))
        .format(value);
  }
}
