package vn.parindex.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * The draft decision announcing the results of a province of the test's own: the Decree 30 layout
 * in PDF and DOCX, one annex for its block, and every unit's total (and in the XLSX its percentage
 * and rank) in the PDF, the DOCX and the XLSX equal to the results per block of the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AnnouncementIT {

  @Test
  void theDecisionHasItsLayoutAndTheAnnexTotalsEqualTheApi() throws Exception {
    AppraisedCommune p = new AppraisedCommune();
    p.round(p.round1, "OPEN");
    HttpResponse<String> decided =
        p.justiceAppraiser.put(
            "assessments/" + p.assessment + "/appraisal/" + p.leaf("1", 0),
            "{\"points\": 0, \"reason\": \"Không đạt\"}");
    assertEquals(200, decided.statusCode(), decided.body());
    p.round(p.round1, "CLOSED");
    p.round(p.round2, "OPEN");
    p.round(p.round2, "CLOSED");
    assertEquals(
        200, p.council.post("campaigns/" + p.campaign + "/approvals/" + p.block, "").statusCode());

    // the results per block as the API gives them: the annex must print these
    List<JsonObject> lines =
        ((JsonObject)
                Api.json(
                    p.soNoiVu.get("campaigns/" + p.campaign + "/blocks/" + p.block + "/results")))
            .getJsonArray("units")
            .getValuesAs(JsonObject.class);
    assertFalse(lines.isEmpty());
    JsonObject appraised =
        lines.stream()
            .filter(l -> l.getJsonNumber("assessmentId").longValue() == p.assessment)
            .findFirst()
            .orElseThrow();
    BigDecimal total = appraised.getJsonNumber("total").bigDecimalValue();
    String unit = appraised.getString("unitName");
    assertEquals(0, total.compareTo(apiTotal(p)), "the block's total is the unit's own");
    String base = "campaigns/" + p.campaign + "/announcement";

    HttpResponse<byte[]> pdf = p.soNoiVu.download(base + ".pdf");
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
    String text = SelfAssessmentReportIT.text(pdf.body());
    for (String expected :
        List.of(
            "ỦY BAN NHÂN DÂN",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập – Tự do – Hạnh phúc",
            "Số: /QĐ-UBND",
            "QUYẾT ĐỊNH",
            "Về việc công bố kết quả Chỉ số cải cách hành chính năm",
            "Căn cứ Luật Tổ chức chính quyền địa phương",
            "Căn cứ Quyết định số",
            "Theo đề nghị của Giám đốc Sở Nội vụ.",
            "QUYẾT ĐỊNH:",
            "Điều 1.",
            "Điều 2.",
            "Điều 3.",
            "Nơi nhận:",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Phụ lục I",
            "Xếp hạng",
            unit)) {
      assertTrue(text.contains(expected), expected + " in " + text);
    }
    for (JsonObject line : lines) {
      String name = line.getString("unitName");
      String printed = text.substring(text.indexOf(name + " "));
      String expected = " " + vi(line.getJsonNumber("total").bigDecimalValue()) + " ";
      assertTrue(printed.contains(expected), expected + " after " + name + " in " + printed);
    }

    HttpResponse<byte[]> docx = p.council.download(base + ".docx");
    assertEquals(200, docx.statusCode());
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      String word = extractor.getText().replaceAll("\\s+", " ");
      for (String expected :
          List.of("Số:", "Căn cứ", "Điều 1.", "Nơi nhận:", "PHÓ CHỦ TỊCH", unit)) {
        assertTrue(word.contains(expected), expected + " in " + word);
      }
      for (JsonObject line : lines) {
        assertTrue(word.contains(line.getString("unitName")), word);
        assertTrue(word.contains(vi(line.getJsonNumber("total").bigDecimalValue())), word);
      }
    }

    HttpResponse<byte[]> xlsx = p.soNoiVu.download(base + "-annex.xlsx");
    assertEquals(200, xlsx.statusCode());
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      for (JsonObject line : lines) {
        Row row = rowOf(book, line.getString("unitName"));
        List<BigDecimal> numbers = new ArrayList<>();
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.NUMERIC) {
            numbers.add(BigDecimal.valueOf(cell.getNumericCellValue()));
          }
        }
        for (String figure : List.of("total", "percent", "rank")) {
          BigDecimal expected = line.getJsonNumber(figure).bigDecimalValue();
          assertTrue(
              numbers.stream().anyMatch(n -> n.compareTo(expected) == 0),
              figure + " " + expected + " in " + numbers);
        }
      }
    }

    // the unit's own result sheet: headed with the unit, its figures, the totals
    HttpResponse<byte[]> sheet =
        p.consolidatorA.download("assessments/" + p.assessment + "/result-sheet.pdf");
    assertEquals(200, sheet.statusCode());
    String sheetText = SelfAssessmentReportIT.text(sheet.body());
    assertTrue(sheetText.contains("KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM"), sheetText);
    assertTrue(sheetText.contains(unit.toUpperCase(Locale.forLanguageTag("vi"))), sheetText);
    assertTrue(sheetText.contains("Không đạt"), sheetText);
    assertTrue(sheetText.contains("Điểm điều tra xã hội học"), sheetText);
    assertTrue(sheetText.contains(vi(total)), sheetText);
    assertEquals(
        200, p.soNoiVu.download("assessments/" + p.assessment + "/result-sheet.xlsx").statusCode());
    assertEquals(
        404, p.consolidatorB.get("assessments/" + p.assessment + "/result-sheet.pdf").statusCode());

    // the campaign page links the three files on its documents tab
    try (Browser browser = new Browser()) {
      browser.login("snv." + p.suffix, AppraisedCommune.PASSWORD);
      browser.open("province/campaign.xhtml?id=" + p.campaign);
      browser.tab("Tài liệu");
      String href =
          browser
              .driver
              .findElement(By.cssSelector("[id$='announcementDocx'] a, a[id$='announcementDocx']"))
              .getAttribute("href");
      assertTrue(href.endsWith("/files/" + base + ".docx"), href);
      assertTrue(
          browser.driver.findElement(By.cssSelector("[id$='announcementAnnex']")).isDisplayed());
      browser.driver.manage().window().setSize(new Dimension(390, 844));
      browser.open("province/campaign.xhtml?id=" + p.campaign);
      browser.tab("Tài liệu");
      assertEquals("", browser.sidewaysOverflow());
    }

    // once the block is announced, the decision carries the number and date it was announced by
    HttpResponse<String> announced =
        p.soNoiVu.post(
            "campaigns/" + p.campaign + "/blocks/" + p.block + "/announcement",
            "{\"decisionNumber\": \"15/QĐ-UBND\", \"decisionDate\": \"2027-01-08\"}");
    assertEquals(200, announced.statusCode() / 100 * 100, announced.body());
    String signed = SelfAssessmentReportIT.text(p.soNoiVu.download(base + ".pdf").body());
    assertTrue(signed.contains("Số: 15/QĐ-UBND"), signed);
    assertTrue(signed.contains("ngày 08 tháng 01 năm 2027"), signed);
    assertTrue(signed.contains("Kèm theo Quyết định số 15/QĐ-UBND ngày 08/01/2027"), signed);

    // the appraisers and the unit do not draft the decision; another province does not see it
    assertEquals(403, p.justiceAppraiser.get(base + ".pdf").statusCode());
    assertEquals(403, p.consolidatorA.get(base + ".pdf").statusCode());
  }

  /** The unit's index as its own appraisal result gives it. */
  static BigDecimal apiTotal(AppraisedCommune p) throws Exception {
    JsonObject result =
        (JsonObject) Api.json(p.soNoiVu.get("assessments/" + p.assessment + "/appraisal"));
    return result.getJsonObject("totals").getJsonNumber("total").bigDecimalValue();
  }

  private static Row rowOf(XSSFWorkbook book, String unit) {
    for (Row row : book.getSheetAt(0)) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(unit)) {
          return row;
        }
      }
    }
    throw new AssertionError(unit + " not in the annex");
  }

  /** A number as the Vietnamese annex prints it: "45,5". */
  static String vi(BigDecimal value) {
    return new DecimalFormat(
            "#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi")))
        .format(value);
  }
}
