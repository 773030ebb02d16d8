package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The self-assessment report of the demo unit to its Chairman and the Department of Home Affairs:
 * the areas and totals of the consolidation, a criterion without evidence with its explanation, the
 * difficulties written in the request; refused to an office.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SelfAssessmentReportIT {
  private static final String CRITERION = "2.4";
  private static final String EXPLANATION = "Kế hoạch theo dõi thi hành pháp luật đang trình ký";
  private static final String DIFFICULTIES = "Thiếu công chức chuyên trách về cải cách hành chính";

  private final Api noivu = new Api("noivu");

  @Test
  void printsTheConsolidatedAreasAndTotalsTheGapsAndTheDifficulties() throws Exception {
    List<Map<String, Object>> saved = TestDatabase.selfScoreRows(CRITERION);
    try {
      HttpResponse<String> scored =
          new Api("tuphap")
              .selfScore(
                  CRITERION,
                  "{\"inputs\": {\"met\": false}, \"explanation\": \"" + EXPLANATION + "\"}");
      assertEquals(200, scored.statusCode(), scored.body());
      JsonObject view = (JsonObject) Api.json(noivu.get("assessments/1/consolidation"));
      JsonObject totals = view.getJsonObject("totals");

      HttpResponse<byte[]> pdf =
          post(
              "assessments/1/self-assessment-report.pdf",
              "{\"number\": \"125/BC-UBND\", \"date\": \"2026-02-05\", \"difficulties\": \""
                  + DIFFICULTIES
                  + "\", \"proposals\": \"Đề nghị tập huấn nghiệp vụ\","
                  + " \"signerName\": \"Nguyễn Văn A\"}");
      assertEquals(200, pdf.statusCode(), new String(pdf.body(), StandardCharsets.UTF_8));
      assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
      String text = text(pdf.body());

      assertTrue(text.contains("Số: 125/BC-UBND"), text);
      assertTrue(text.contains("ngày 05 tháng 02 năm 2026"), text);
      assertTrue(text.contains("Kính gửi:"), text);
      assertTrue(text.contains("Sở Nội vụ tỉnh Bình Định"), text);
      for (JsonObject area : view.getJsonArray("areas").getValuesAs(JsonObject.class)) {
        String row = area.getString("name") + " " + number(area, "maxPoints");
        if (area.containsKey("points") && !area.isNull("points")) {
          row += " " + number(area, "points");
        }
        assertTrue(text.contains(row), row + " in " + text);
      }
      String self =
          "Tổng điểm tự đánh giá "
              + number(totals, "selfAssessedMax")
              + " "
              + number(totals, "selfAssessed");
      assertTrue(text.contains(self), self + " in " + text);
      String grand = "Tổng điểm " + number(totals, "totalMax") + " " + number(totals, "grandTotal");
      assertTrue(text.contains(grand), grand + " in " + text);
      if (view.getBoolean("provisional")) {
        assertTrue(text.contains("(tạm tính)"), text);
        assertTrue(text.contains("Kết quả trên là tạm tính vì:"), text);
      }
      String gap = CRITERION + " Theo dõi tình hình thi hành pháp luật 1 0";
      assertTrue(text.contains(gap), gap + " in " + text);
      assertTrue(text.contains(EXPLANATION), text);
      assertTrue(text.contains("Chưa có tài liệu kiểm chứng"), text);
      assertTrue(text.contains("III. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ"), text);
      assertTrue(text.contains(DIFFICULTIES), text);
      assertTrue(text.contains("Nguyễn Văn A"), text);

      HttpResponse<byte[]> xlsx = post("assessments/1/self-assessment-report.xlsx", "{}");
      assertEquals(200, xlsx.statusCode());
      try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
        List<BigDecimal> numbers = numbersOfRow(workbook, "Tổng điểm tự đánh giá");
        assertEquals(
            0, numbers.get(1).compareTo(decimal(totals, "selfAssessed")), numbers.toString());
      }
    } finally {
      TestDatabase.restoreSelfScores(saved, CRITERION);
    }
  }

  @Test
  void aLeaderGetsItWithTheDefaultsAndAnOfficeIsRefused() throws Exception {
    HttpResponse<byte[]> leader =
        new Api("lanhdao").download("assessments/1/self-assessment-report.docx");
    assertEquals(200, leader.statusCode());
    assertTrue(leader.body().length > 1000);
    assertTrue(
        text(new Api("noivu").download("assessments/1/self-assessment-report.pdf").body())
            .contains("BÁO CÁO"));
    HttpResponse<String> office = new Api("tuphap").get("assessments/1/self-assessment-report.pdf");
    assertEquals(403, office.statusCode(), office.body());
    HttpResponse<String> missing = noivu.get("assessments/999999/self-assessment-report.pdf");
    assertEquals(404, missing.statusCode(), missing.body());
  }

  @Test
  void aTooLongTextIsRefusedWithATranslatedMessage() throws Exception {
    String longText = "x".repeat(20_001);
    HttpResponse<byte[]> refused =
        post(
            "assessments/1/self-assessment-report.pdf", "{\"difficulties\": \"" + longText + "\"}");
    String body = new String(refused.body(), StandardCharsets.UTF_8);
    assertEquals(400, refused.statusCode(), body);
    assertTrue(body.contains("20000"), body);
  }

  static HttpResponse<byte[]> post(String path, String json) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                ("noivu:" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "vi")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  /** A number as the Vietnamese report prints it: "45,5", "1.234". */
  static String number(JsonObject object, String name) {
    DecimalFormat format =
        new DecimalFormat(
            "#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")));
    return format.format(decimal(object, name));
  }

  static BigDecimal decimal(JsonObject object, String name) {
    return object.getJsonNumber(name).bigDecimalValue();
  }

  static List<BigDecimal> numbersOfRow(XSSFWorkbook workbook, String label) {
    for (Row row : workbook.getSheetAt(0)) {
      boolean found = false;
      List<BigDecimal> numbers = new java.util.ArrayList<>();
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
          found = true;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
          numbers.add(BigDecimal.valueOf(cell.getNumericCellValue()));
        }
      }
      if (found) {
        return numbers;
      }
    }
    throw new AssertionError("no row " + label);
  }
}
