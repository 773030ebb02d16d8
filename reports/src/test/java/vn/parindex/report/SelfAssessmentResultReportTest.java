package vn.parindex.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The self-assessment report of An Lão, provisional, with enough criteria lacking evidence to run
 * over a page: the official header, the area table with its totals, the gaps with their
 * explanations and the unit's own difficulties and proposals.
 */
class SelfAssessmentResultReportTest {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private static byte[] pdf;

  @BeforeAll
  static void render() throws IOException {
    pdf =
        new SelfAssessmentResultReport()
            .render(anLao("Thiếu cán bộ chuyên trách."), ReportFormat.PDF, VI);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "sample-self-assessment-report.pdf"), pdf);
  }

  static SelfAssessmentResult anLao(String difficulties) {
    List<SelfAssessmentResult.Area> areas =
        List.of(
            area("I", "1", "Công tác chỉ đạo, điều hành cải cách hành chính", "10", "7.5"),
            area("II", "2", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật", "6", "4"),
            area("III", "3", "Cải cách thủ tục hành chính", "12", null));
    List<SelfAssessmentResult.Gap> gaps = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      gaps.add(
          new SelfAssessmentResult.Gap(
              i,
              "1." + i,
              "Tiêu chí số " + i + " về kế hoạch cải cách hành chính của huyện",
              BigDecimal.ONE,
              i % 3 == 0 ? null : new BigDecimal("0.5"),
              "Chưa có tài liệu kiểm chứng",
              i == 7 ? "Văn bản đang trình ký, sẽ bổ sung" : null));
    }
    return new SelfAssessmentResult(
        "UBND TỈNH BÌNH ĐỊNH",
        "UBND HUYỆN AN LÃO",
        "125/BC-UBND",
        "An Lão",
        LocalDate.of(2026, 2, 5),
        "BÁO CÁO\nKết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2023",
        List.of("Chủ tịch UBND huyện An Lão", "Sở Nội vụ tỉnh Bình Định"),
        "UBND huyện An Lão báo cáo kết quả tự đánh giá, chấm điểm như sau:",
        areas,
        new SelfAssessmentResult.Totals(
            new BigDecimal("28"),
            new BigDecimal("11.5"),
            new BigDecimal("12"),
            null,
            new BigDecimal("40"),
            new BigDecimal("11.5"),
            "Trung bình",
            true,
            List.of("còn tiêu chí chưa chấm điểm", "chưa nhập điểm điều tra xã hội học")),
        gaps,
        difficulties,
        "Đề nghị Sở Nội vụ tổ chức tập huấn.",
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
        "Nguyễn Văn A");
  }

  private static SelfAssessmentResult.Area area(
      String stt, String code, String name, String max, String points) {
    BigDecimal p = points == null ? null : new BigDecimal(points);
    return new SelfAssessmentResult.Area(
        stt,
        code,
        name,
        new BigDecimal(max),
        p,
        SelfAssessmentResultReport.percent(p, new BigDecimal(max)));
  }

  @Test
  void printsTheOfficialHeaderNumberTitleAndRecipients() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String page1 = PdfText.page(document, 1);
      assertAll(
          () -> assertTrue(page1.contains("UBND HUYỆN AN LÃO"), page1),
          () -> assertTrue(page1.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), page1),
          () -> assertTrue(page1.contains("Độc lập – Tự do – Hạnh phúc"), page1),
          () -> assertTrue(page1.contains("Số: 125/BC-UBND"), page1),
          () -> assertTrue(page1.contains("An Lão, ngày 05 tháng 02 năm 2026"), page1),
          () -> assertTrue(page1.contains("BÁO CÁO Kết quả tự đánh giá, chấm điểm"), page1),
          () -> assertTrue(page1.contains("Kính gửi:"), page1),
          () -> assertTrue(page1.contains("- Chủ tịch UBND huyện An Lão;"), page1),
          () -> assertTrue(page1.contains("- Sở Nội vụ tỉnh Bình Định."), page1));
    }
  }

  @Test
  void printsTheAreasWithTheirPercentAndTheProvisionalTotals() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String text = PdfText.all(document);
      assertAll(
          () -> assertTrue(text.contains("I. KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM THEO LĨNH VỰC"), text),
          () -> assertTrue(text.contains("Tỷ lệ % so với điểm tối đa"), text),
          () ->
              assertTrue(
                  text.contains("Công tác chỉ đạo, điều hành cải cách hành chính 10 7,5 75"), text),
          () -> assertTrue(text.contains("Tổng điểm tự đánh giá 28 11,5 41,07"), text),
          () -> assertTrue(text.contains("Điểm điều tra xã hội học 12 Chưa có"), text),
          () -> assertTrue(text.contains("Tổng điểm 40 11,5 28,75"), text),
          () -> assertTrue(text.contains("Xếp loại Trung bình (tạm tính)"), text),
          () ->
              assertTrue(
                  text.contains(
                      "Kết quả trên là tạm tính vì: còn tiêu chí chưa chấm điểm; chưa nhập điểm điều tra xã hội học."),
                  text));
    }
  }

  @Test
  void listsTheGapsWithExplanationsAndRepeatsTheirHeaderOnTheNextPage() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String text = PdfText.all(document);
      assertTrue(text.contains("II. CÁC TIÊU CHÍ CHƯA CÓ HOẶC CHƯA ĐỦ TÀI LIỆU KIỂM CHỨNG"), text);
      assertTrue(text.contains("Văn bản đang trình ký, sẽ bổ sung"), text);
      assertTrue(text.contains("1.30"), text);
      assertTrue(document.getNumberOfPages() >= 2, "pages: " + document.getNumberOfPages());
      String page2 = PdfText.page(document, 2);
      assertTrue(page2.startsWith("2"), page2);
      assertTrue(page2.contains("Tình trạng"), page2);
    }
  }

  @Test
  void printsTheDifficultiesAndProposalsThenTheCopiesAndSignature() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String last = PdfText.page(document, document.getNumberOfPages());
      String text = PdfText.all(document);
      assertAll(
          () -> assertTrue(text.contains("III. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ"), text),
          () ->
              assertTrue(text.contains("1. Khó khăn, vướng mắc Thiếu cán bộ chuyên trách."), text),
          () -> assertTrue(last.contains("Đề nghị Sở Nội vụ tổ chức tập huấn."), last),
          () -> assertTrue(last.contains("Nơi nhận:"), last),
          () -> assertTrue(last.contains("- Lưu: VT."), last),
          () -> assertTrue(last.contains("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"), last),
          () -> assertTrue(last.contains("Nguyễn Văn A"), last));
    }
  }

  @Test
  void leavesTheFreeTextSectionOutWhenNothingIsWritten() throws IOException {
    SelfAssessmentResult bare = anLao(null);
    bare =
        new SelfAssessmentResult(
            bare.superiorBody(),
            bare.issuingBody(),
            null,
            bare.place(),
            bare.date(),
            bare.title(),
            bare.recipients(),
            null,
            bare.areas(),
            bare.totals(),
            List.of(),
            " ",
            null,
            bare.signerTitle(),
            null);
    try (PDDocument document =
        PdfText.open(new SelfAssessmentResultReport().render(bare, ReportFormat.PDF, VI))) {
      String text = PdfText.all(document);
      assertFalse(text.contains("KHÓ KHĂN, VƯỚNG MẮC"), text);
      assertTrue(text.contains("Tất cả các tiêu chí đều đã có tài liệu kiểm chứng"), text);
      assertTrue(text.contains("Số: /BC-UBND"), text);
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
  void theSpreadsheetAndTheWordDocumentHoldTheSameTotals() throws IOException {
    SelfAssessmentResult result = anLao("Thiếu cán bộ chuyên trách.");
    byte[] xlsx = new SelfAssessmentResultReport().render(result, ReportFormat.XLSX, VI);
    byte[] docx = new SelfAssessmentResultReport().render(result, ReportFormat.DOCX, VI);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
      assertEquals(List.of("28", "11.5", "41.07"), numbersOfRow(workbook, "Tổng điểm tự đánh giá"));
      assertEquals(List.of("40", "11.5", "28.75"), numbersOfRow(workbook, "Tổng điểm"));
      String text = PdfText.normalise(extractor.getText());
      assertTrue(text.contains("Tổng điểm tự đánh giá"), text);
      assertTrue(text.contains("41,07"), text);
      assertTrue(text.contains("Thiếu cán bộ chuyên trách."), text);
    }
  }

  static List<String> numbersOfRow(XSSFWorkbook workbook, String label) {
    for (Row row : workbook.getSheetAt(0)) {
      boolean found = false;
      List<String> numbers = new ArrayList<>();
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
          found = true;
        }
        if (cell.getCellType() == CellType.NUMERIC) {
          numbers.add(
              BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString());
        }
      }
      if (found) {
        return numbers;
      }
    }
    throw new AssertionError("no row " + label);
  }
}
