package vn.parindex.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Phòng Tư pháp's own scorecard, as the head of the office signs it: only its criteria of area II,
 * what it entered, its points and its subtotal against the max of those criteria.
 */
class OfficeScorecardReportTest {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private static byte[] pdf;

  @BeforeAll
  static void render() throws IOException {
    pdf = new OfficeScorecardReport().render(tuPhap(), ReportFormat.PDF, VI);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "sample-office-scorecard.pdf"), pdf);
  }

  /** 2.1 to 2.4 as the demo assigns them, three scored: 1 + 0.5 + 0.75 = 2.25 of 5. */
  static OfficeScorecard tuPhap() {
    List<OfficeScorecardRow> rows = new ArrayList<>();
    rows.add(
        row(
            "II",
            "2",
            "Xây dựng và tổ chức thực hiện văn bản QPPL",
            RowLevel.AREA,
            "5",
            null,
            "2.25"));
    rows.add(
        new OfficeScorecardRow(
            "1",
            "2.1",
            "Ban hành Kế hoạch theo dõi thi hành pháp luật",
            RowLevel.CRITERION,
            new BigDecimal("1"),
            "Đúng hạn",
            new BigDecimal("1"),
            "15/BC-TP, ngày 30/06/2023, Phòng Tư pháp\n22/KH-UBND, ngày 10/01/2023, UBND huyện An Lão",
            null,
            "Đã gửi"));
    rows.add(row("a", "2.2.1", "Rà soát văn bản QPPL", RowLevel.COMPONENT, "1", "Đạt 1/2", "0.5"));
    rows.add(
        row("b", "2.2.2", "Xử lý văn bản sau rà soát", RowLevel.COMPONENT, "1", "Đạt", "0.75"));
    rows.add(row("3", "2.3", "Kiểm tra văn bản QPPL", RowLevel.CRITERION, "1", null, null));
    rows.add(row("4", "2.4", "Theo dõi thi hành pháp luật", RowLevel.CRITERION, "1", null, null));
    return new OfficeScorecard(
        "UBND HUYỆN AN LÃO",
        "PHÒNG TƯ PHÁP",
        "BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CỦA PHÒNG TƯ PHÁP",
        "Chỉ số cải cách hành chính năm 2023",
        "An Lão",
        LocalDate.of(2026, 11, 28),
        "TRƯỞNG PHÒNG",
        null,
        null,
        rows,
        new BigDecimal("5"),
        new BigDecimal("2.25"));
  }

  private static OfficeScorecardRow row(
      String stt, String code, String name, RowLevel level, String max, String inputs, String pts) {
    return new OfficeScorecardRow(
        stt,
        code,
        name,
        level,
        new BigDecimal(max),
        inputs,
        pts == null ? null : new BigDecimal(pts),
        null,
        level == RowLevel.AREA ? null : "Giải trình " + code,
        level == RowLevel.AREA ? null : (pts == null ? "Chưa chấm" : "Nháp"));
  }

  @Test
  void printsTheOfficeAsIssuerUnderItsUnitWithTheMottoAndTitle() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String page1 = PdfText.page(document, 1);
      assertAll(
          () -> assertTrue(page1.contains("UBND HUYỆN AN LÃO"), page1),
          () -> assertTrue(page1.contains("PHÒNG TƯ PHÁP"), page1),
          () -> assertTrue(page1.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), page1),
          () -> assertTrue(page1.contains("Độc lập – Tự do – Hạnh phúc"), page1),
          () -> assertTrue(page1.contains("An Lão, ngày 28 tháng 11 năm 2026"), page1),
          () -> assertTrue(page1.contains("BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CỦA PHÒNG TƯ PHÁP"), page1));
    }
  }

  @Test
  void listsTheOfficesCriteriaWithInputsStatusAndEvidence() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String text = PdfText.all(document);
      assertAll(
          () -> assertTrue(text.contains("Kết quả thực hiện"), text),
          () -> assertTrue(text.contains("Trạng thái"), text),
          () -> assertTrue(text.contains("Tài liệu kiểm chứng"), text),
          () -> assertTrue(text.contains("2.2.1"), text),
          () -> assertTrue(text.contains("Đạt 1/2"), text),
          () -> assertTrue(text.contains("Đúng hạn"), text),
          () -> assertTrue(text.contains("15/BC-TP, ngày 30/06/2023"), text),
          () -> assertTrue(text.contains("Chưa chấm"), text),
          () -> assertTrue(text.contains("Giải trình 2.4"), text));
    }
  }

  @Test
  void printsTheOfficeSubtotalAgainstTheMaxAndTheHeadsSignature() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String text = PdfText.all(document);
      assertTrue(text.contains("Cộng điểm của phòng 5 2,25"), text);
      String last = PdfText.page(document, document.getNumberOfPages());
      assertTrue(last.contains("TRƯỞNG PHÒNG"), last);
      assertTrue(last.contains("Trang " + document.getNumberOfPages() + "/"), last);
    }
  }

  @Test
  void isA4WithEveryFontEmbedded() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      PdfText.assertEveryPageA4Portrait(document);
      PdfText.assertFontsEmbeddedLiberationSerif(document);
    }
  }

  @Test
  void theSpreadsheetAndTheWordDocumentHoldTheSameSubtotal() throws IOException {
    byte[] xlsx = new OfficeScorecardReport().render(tuPhap(), ReportFormat.XLSX, VI);
    byte[] docx = new OfficeScorecardReport().render(tuPhap(), ReportFormat.DOCX, VI);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
      Row total = null;
      for (Row row : workbook.getSheetAt(0)) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING
              && cell.getStringCellValue().equals("Cộng điểm của phòng")) {
            total = row;
          }
        }
      }
      assertTrue(total != null, "no subtotal row");
      List<BigDecimal> numbers = new ArrayList<>();
      for (Cell cell : total) {
        if (cell.getCellType() == CellType.NUMERIC) {
          numbers.add(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros());
        }
      }
      assertEquals(List.of(new BigDecimal("5"), new BigDecimal("2.25")), numbers);
      String text = PdfText.normalise(extractor.getText());
      assertTrue(text.contains("Cộng điểm của phòng"), text);
      assertTrue(text.contains("2,25"), text);
      assertTrue(text.contains("TRƯỞNG PHÒNG"), text);
    }
  }
}
