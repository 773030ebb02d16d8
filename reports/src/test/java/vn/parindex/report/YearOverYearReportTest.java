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
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An Lão in 2024 against 2023: a criterion renamed and recoded, a new one, enough rows to run over
 * a page, the totals and bands of both years.
 */
class YearOverYearReportTest {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static byte[] pdf;

  @BeforeAll
  static void render() throws IOException {
    pdf = new YearOverYearReport().render(anLao(), ReportFormat.PDF, VI);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "sample-year-over-year.pdf"), pdf);
  }

  static YearOverYear anLao() {
    List<YearOverYearRow> rows = new ArrayList<>();
    rows.add(
        node(
            "I",
            "1",
            "1",
            "Công tác chỉ đạo, điều hành",
            null,
            YearOverYearRow.Kind.AREA,
            "10",
            "11",
            "6",
            "8.5",
            false,
            null));
    rows.add(
        node(
            "1",
            "1.1",
            "1.1",
            "Kế hoạch cải cách hành chính năm",
            null,
            YearOverYearRow.Kind.CRITERION,
            "2",
            "2",
            "1",
            "2",
            false,
            null));
    rows.add(
        node(
            "2",
            "1.3",
            "1.2",
            "Báo cáo cải cách hành chính định kỳ",
            "Báo cáo CCHC",
            YearOverYearRow.Kind.CRITERION,
            "2",
            "2",
            "1.5",
            "1",
            false,
            "Đổi tên, đổi mã"));
    rows.add(
        node(
            "3",
            null,
            "1.4",
            "Ứng dụng chuyển đổi số",
            null,
            YearOverYearRow.Kind.CRITERION,
            null,
            "1",
            null,
            "0.5",
            true,
            null));
    for (int i = 5; i <= 40; i++) {
      rows.add(
          node(
              String.valueOf(i - 1),
              "1." + i,
              "1." + i,
              "Tiêu chí số " + i,
              null,
              YearOverYearRow.Kind.COMPONENT,
              "0.25",
              "0.25",
              "0.25",
              "0.25",
              false,
              null));
    }
    rows.add(total("Tổng điểm tự đánh giá", "60", "62", "40", "45.5"));
    rows.add(total("Tổng điểm", "100", "100", "70", "75.5"));
    rows.add(
        new YearOverYearRow(
            null,
            null,
            null,
            "Xếp loại",
            null,
            YearOverYearRow.Kind.TOTAL,
            null,
            null,
            null,
            null,
            false,
            "Khá",
            "Tốt (tạm tính)",
            null));
    return new YearOverYear(
        "UBND TỈNH BÌNH ĐỊNH",
        "UBND HUYỆN AN LÃO",
        "SO SÁNH KẾT QUẢ TỰ ĐÁNH GIÁ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 VỚI NĂM 2023",
        "UBND huyện An Lão",
        "An Lão",
        LocalDate.of(2026, 11, 28),
        2023,
        2024,
        rows,
        "NGƯỜI LẬP BIỂU");
  }

  private static YearOverYearRow node(
      String stt,
      String before,
      String code,
      String name,
      String previousName,
      YearOverYearRow.Kind kind,
      String prevMax,
      String max,
      String prev,
      String now,
      boolean isNew,
      String note) {
    return new YearOverYearRow(
        stt,
        before,
        code,
        name,
        previousName,
        kind,
        dec(prevMax),
        dec(max),
        dec(prev),
        dec(now),
        isNew,
        null,
        null,
        note);
  }

  private static YearOverYearRow total(
      String label, String prevMax, String max, String prev, String now) {
    return new YearOverYearRow(
        null,
        null,
        null,
        label,
        null,
        YearOverYearRow.Kind.TOTAL,
        dec(prevMax),
        dec(max),
        dec(prev),
        dec(now),
        false,
        null,
        null,
        null);
  }

  private static BigDecimal dec(String value) {
    return value == null ? null : new BigDecimal(value);
  }

  @Test
  void printsTheHeaderAndBothYearsInTheColumns() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String page1 = PdfText.page(document, 1);
      assertAll(
          () -> assertTrue(page1.contains("UBND HUYỆN AN LÃO"), page1),
          () -> assertTrue(page1.contains("Độc lập – Tự do – Hạnh phúc"), page1),
          () -> assertTrue(page1.contains("An Lão, ngày 28 tháng 11 năm 2026"), page1),
          () -> assertTrue(page1.contains("NĂM 2024 VỚI NĂM 2023"), page1),
          () -> assertTrue(page1.contains("Năm 2023 Năm 2024"), page1),
          () -> assertTrue(page1.contains("Chênh lệch"), page1));
    }
  }

  @Test
  void showsARenamedCriterionWithBothCodesAndNamesAndANewOneAsNew() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String text = PdfText.all(document);
      assertAll(
          () ->
              assertTrue(
                  text.contains(
                      "1.3 1.2 Báo cáo cải cách hành chính định kỳ Năm trước: Báo cáo CCHC 2 2 1,5 1 -0,5 Đổi tên, đổi mã"),
                  text),
          () -> assertTrue(text.contains("1.4 Ứng dụng chuyển đổi số 1 Mới 0,5"), text),
          () ->
              assertTrue(
                  text.contains("1.1 1.1 Kế hoạch cải cách hành chính năm 2 2 1 2 +1"), text));
    }
  }

  @Test
  void comparesTheTotalsAndBandsAndRepeatsTheHeaderOnEveryPage() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String text = PdfText.all(document);
      assertTrue(text.contains("Tổng điểm tự đánh giá 60 62 40 45,5 +5,5"), text);
      assertTrue(text.contains("Xếp loại Khá Tốt (tạm tính)"), text);
      int pages = document.getNumberOfPages();
      assertTrue(pages >= 2, "pages: " + pages);
      String page2 = PdfText.page(document, 2);
      assertTrue(page2.contains("Chênh lệch"), page2);
      String last = PdfText.page(document, pages);
      assertTrue(last.contains("Trang " + pages + "/" + pages), last);
    }
  }

  @Test
  void isA4LandscapeWithEveryFontEmbedded() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      for (PDPage page : document.getPages()) {
        // JasperReports writes a landscape page as an A4 portrait page turned by 90 degrees
        boolean turned = page.getRotation() % 180 != 0;
        assertEquals(
            842, turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth(), 1);
        assertEquals(
            595, turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight(), 1);
      }
      PdfText.assertFontsEmbeddedLiberationSerif(document);
    }
  }

  @Test
  void theSpreadsheetAndTheWordDocumentHoldTheSameTotals() throws IOException {
    byte[] xlsx = new YearOverYearReport().render(anLao(), ReportFormat.XLSX, VI);
    byte[] docx = new YearOverYearReport().render(anLao(), ReportFormat.DOCX, VI);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
      assertEquals(
          List.of("60", "62", "40", "45.5", "5.5"),
          SelfAssessmentResultReportTest.numbersOfRow(workbook, "Tổng điểm tự đánh giá"));
      String text = PdfText.normalise(extractor.getText());
      assertTrue(text.contains("Tổng điểm tự đánh giá"), text);
      assertTrue(text.contains("45,5"), text);
      assertTrue(text.contains("Mới"), text);
    }
  }
}
