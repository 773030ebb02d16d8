package vn.parindex.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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

/** The evidence index grouped by office: headings, rows, the count, on every page. */
class EvidenceIndexReportTest {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final int PER_OFFICE = 40;

  private static byte[] pdf;

  @BeforeAll
  static void render() throws IOException {
    pdf = new EvidenceIndexReport().render(index(), ReportFormat.PDF, VI);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "sample-evidence-index.pdf"), pdf);
  }

  /** Enough documents of two offices to fill several pages. */
  static EvidenceIndex index() {
    List<EvidenceIndexRow> rows = new ArrayList<>();
    for (String office : List.of("Phòng Nội vụ", "Phòng Tư pháp")) {
      for (int i = 1; i <= PER_OFFICE; i++) {
        rows.add(
            new EvidenceIndexRow(
                office,
                i,
                i + (office.contains("Tư") ? "/BC-TP" : "/KH-NV"),
                String.format("%02d/06/2023", 1 + i % 28),
                office + " huyện An Lão",
                "Báo cáo kết quả thực hiện nhiệm vụ số " + i,
                office.contains("Tư") ? "2.1; 2.3" : "1.1"));
      }
    }
    return new EvidenceIndex(
        "UBND TỈNH BÌNH ĐỊNH",
        "UBND HUYỆN AN LÃO",
        "DANH MỤC TÀI LIỆU KIỂM CHỨNG (THEO PHÒNG CHUYÊN MÔN)",
        "Chỉ số cải cách hành chính năm 2023",
        "An Lão",
        LocalDate.of(2026, 11, 28),
        "PHÒNG NỘI VỤ",
        rows);
  }

  @Test
  void printsTheTitleAndTheColumnsOnEveryPage() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      int pages = document.getNumberOfPages();
      assertTrue(pages > 1, "80 documents fill more than a page");
      assertTrue(PdfText.page(document, 1).contains("DANH MỤC TÀI LIỆU KIỂM CHỨNG"));
      assertTrue(PdfText.page(document, 1).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
      for (int page = 1; page <= pages; page++) {
        String text = PdfText.page(document, page);
        assertAll(
            () -> assertTrue(text.contains("Số, ký hiệu"), text),
            () -> assertTrue(text.contains("Cơ quan ban hành"), text),
            () -> assertTrue(text.contains("Trích yếu nội dung"), text));
        assertTrue(text.contains("Trang " + page + "/" + pages), text);
      }
    }
  }

  @Test
  void groupsTheDocumentsByOfficeWithTheirCriteria() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String text = PdfText.all(document);
      int noiVu = text.indexOf("Phòng Nội vụ 1 1/KH-NV");
      int tuPhap = text.indexOf("Phòng Tư pháp 1 1/BC-TP");
      assertTrue(noiVu >= 0, text);
      assertTrue(tuPhap > noiVu, text);
      assertTrue(text.contains("Báo cáo kết quả thực hiện nhiệm vụ số 40"), text);
      assertTrue(text.contains("2.1; 2.3"), text);
      assertTrue(text.contains("Tổng số: 80 tài liệu"), text);
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
  void anEmptyIndexSaysSo() throws IOException {
    EvidenceIndex empty =
        new EvidenceIndex(
            null,
            "UBND HUYỆN AN LÃO",
            "DANH MỤC",
            null,
            "An Lão",
            LocalDate.of(2026, 1, 2),
            null,
            List.of());
    try (PDDocument document =
        PdfText.open(new EvidenceIndexReport().render(empty, ReportFormat.PDF, VI))) {
      String text = PdfText.all(document);
      assertTrue(text.contains("Chưa có tài liệu kiểm chứng nào."), text);
      assertTrue(text.contains("Tổng số: 0 tài liệu"), text);
    }
  }

  @Test
  void theSpreadsheetAndTheWordDocumentListEveryDocument() throws IOException {
    byte[] xlsx = new EvidenceIndexReport().render(index(), ReportFormat.XLSX, VI);
    byte[] docx = new EvidenceIndexReport().render(index(), ReportFormat.DOCX, VI);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
      int numbers = 0;
      boolean total = false;
      for (Row row : workbook.getSheetAt(0)) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            String value = cell.getStringCellValue();
            numbers += value.matches("\\d+/(BC-TP|KH-NV)") ? 1 : 0;
            total |= value.equals("Tổng số: 80 tài liệu");
          }
        }
      }
      assertEquals(2 * PER_OFFICE, numbers);
      assertTrue(total, "no total row");
      String text = PdfText.normalise(extractor.getText());
      assertTrue(text.contains("Tổng số: 80 tài liệu"), text);
      assertTrue(text.contains("Phòng Tư pháp"), text);
    }
  }
}
