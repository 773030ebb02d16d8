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
 * The appraisal summary of an illustrative commune: two areas, a criterion lowered in round 1 and
 * kept, a component lowered in round 1 and restored after the unit's explanation, one raised in
 * round 1 and lowered in round 2; subtotals, totals and the two signatures.
 */
class AppraisalSummaryReportTest {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static byte[] pdf;

  @BeforeAll
  static void render() throws IOException {
    pdf = new AppraisalSummaryReport().render(iaGrai(), ReportFormat.PDF, VI);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "sample-appraisal-summary.pdf"), pdf);
  }

  /** Max 7.5; self 6.25; after round 1 5.25; final 6 (-0.25). */
  static AppraisalSummary iaGrai() {
    AppraisalArea direction =
        new AppraisalArea(
            "1",
            "Công tác chỉ đạo, điều hành",
            List.of(
                line(
                    "1.1",
                    "Kế hoạch CCHC năm",
                    RowLevel.CRITERION,
                    "1",
                    "1",
                    "0.5",
                    "0.5",
                    "Kế hoạch ban hành chậm so với quy định",
                    null),
                AppraisalLine.heading("1.2", "Thực hiện kế hoạch CCHC"),
                line(
                    "1.2.1",
                    "Mức độ hoàn thành kế hoạch",
                    RowLevel.COMPONENT,
                    "2",
                    "2",
                    "1",
                    "2",
                    "Chưa có báo cáo kết quả thực hiện",
                    "Đã bổ sung Báo cáo 45/BC-UBND"),
                line(
                    "1.2.2",
                    "Kiểm tra công tác CCHC",
                    RowLevel.COMPONENT,
                    "1",
                    "0.75",
                    "0.75",
                    "0.75",
                    null,
                    null)));
    AppraisalArea law =
        new AppraisalArea(
            "2",
            "Văn bản quy phạm pháp luật",
            List.of(
                line(
                    "2.1",
                    "Rà soát văn bản QPPL",
                    RowLevel.CRITERION,
                    "1.5",
                    "1",
                    "1",
                    "1",
                    null,
                    null),
                line(
                    "2.2",
                    "Theo dõi thi hành pháp luật",
                    RowLevel.CRITERION,
                    "2",
                    "1.5",
                    "2",
                    "1.75",
                    "Vòng 2: tài liệu chỉ chứng minh một phần",
                    null)));
    return new AppraisalSummary(
        "UBND TỈNH GIA LAI",
        "HỘI ĐỒNG THẨM ĐỊNH\nCHỈ SỐ CẢI CÁCH HÀNH CHÍNH",
        "BẢNG TỔNG HỢP KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CCHC NĂM 2025",
        "Đơn vị: UBND xã Ia Grai (dữ liệu minh họa)",
        "Gia Lai",
        LocalDate.of(2026, 2, 5),
        List.of(direction, law),
        new Signer("TM. TỔ GIÚP VIỆC\nSỞ NỘI VỤ", "Trần Thị Bình"),
        new Signer("CHỦ TỊCH HỘI ĐỒNG", "Nguyễn Văn An"),
        null);
  }

  static AppraisalLine line(
      String code,
      String name,
      RowLevel level,
      String max,
      String self,
      String roundOne,
      String fin,
      String reason,
      String explanation) {
    return new AppraisalLine(
        code,
        name,
        level,
        new BigDecimal(max),
        new BigDecimal(self),
        roundOne == null ? null : new BigDecimal(roundOne),
        new BigDecimal(fin),
        reason,
        explanation);
  }

  @Test
  void totalsAreTheSumsOfTheScoredLinesNotOfTheHeadings() {
    AppraisalSummary summary = iaGrai();
    assertAll(
        () -> assertEquals(new BigDecimal("7.5"), summary.totalMax()),
        () -> assertEquals(new BigDecimal("6.25"), summary.totalSelf()),
        () -> assertEquals(new BigDecimal("5.25"), summary.totalRoundOne()),
        () -> assertEquals(new BigDecimal("6.00"), summary.totalFinal()));
    AppraisalSummaryRow heading = summary.rows().get(2);
    assertEquals("1.2", heading.code());
    assertEquals(new BigDecimal("3"), heading.maxPoints());
    assertEquals(new BigDecimal("1.75"), heading.roundOnePoints());
    assertEquals("a", summary.rows().get(3).stt());
  }

  @Test
  void aLineRoundOneDidNotDecideCountsAtTheUnitsOwnScoreAfterRoundOne() {
    AppraisalArea area =
        new AppraisalArea(
            "1",
            "Công tác chỉ đạo, điều hành",
            List.of(
                line("1.1", "Kế hoạch", RowLevel.CRITERION, "1", "0.5", null, "0.5", null, null)));
    assertEquals(new BigDecimal("0.5"), area.roundOnePoints());
  }

  @Test
  void printsTheHeaderGivenAsDataTheUnitAndTheTitle() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String page1 = PdfText.page(document, 1);
      assertAll(
          () -> assertTrue(page1.contains("UBND TỈNH GIA LAI"), page1),
          () -> assertTrue(page1.contains("HỘI ĐỒNG THẨM ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH"), page1),
          () -> assertTrue(page1.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), page1),
          () -> assertTrue(page1.contains("Gia Lai, ngày 05 tháng 02 năm 2026"), page1),
          () ->
              assertTrue(
                  page1.contains("BẢNG TỔNG HỢP KẾT QUẢ THẨM ĐỊNH CHỈ SỐ CCHC NĂM 2025"), page1),
          () -> assertTrue(page1.contains("Đơn vị: UBND xã Ia Grai (dữ liệu minh họa)"), page1));
    }
  }

  @Test
  void printsEveryColumnWithReasonsAndExplanations() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String text = PdfText.all(document);
      assertAll(
          () -> assertTrue(text.contains("Điểm thẩm định vòng 1"), text),
          () -> assertTrue(text.contains("Điểm sau thẩm định"), text),
          () -> assertTrue(text.contains("Chênh lệch"), text),
          () -> assertTrue(text.contains("Giải trình của đơn vị"), text),
          () -> assertTrue(text.contains("Kế hoạch ban hành chậm so với quy định"), text),
          () -> assertTrue(text.contains("Đã bổ sung Báo cáo 45/BC-"), text),
          () ->
              assertTrue(text.contains("2.2 Theo dõi thi hành pháp luật 2 1,5 2 1,75 +0,25"), text),
          () -> assertTrue(text.contains("1.1 Kế hoạch CCHC năm 1 1 0,5 0,5 -0,5"), text));
    }
  }

  @Test
  void printsAreaSubtotalsAndTheTotals() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String text = PdfText.all(document);
      assertAll(
          () ->
              assertTrue(
                  text.contains("I 1 Công tác chỉ đạo, điều hành 4 3,75 2,25 3,25 -0,5"), text),
          () ->
              assertTrue(
                  text.contains("II 2 Văn bản quy phạm pháp luật 3,5 2,5 3 2,75 +0,25"), text),
          () -> assertTrue(text.contains("Tổng cộng 7,5 6,25 5,25 6 -0,25"), text));
    }
  }

  /** Ia Grai's areas in a campaign of {@code rounds}, its total bounded as given. */
  private static AppraisalSummary withRounds(
      int rounds, List<AppraisalArea> areas, BigDecimal bounded, String note) {
    AppraisalSummary s = iaGrai();
    return new AppraisalSummary(
        s.superiorBody(),
        s.issuingBody(),
        s.title(),
        s.subtitle(),
        s.place(),
        s.date(),
        areas,
        s.supportTeam(),
        s.chair(),
        null,
        rounds,
        bounded,
        note);
  }

  @Test
  void aThreeRoundSheetShowsRoundOneAndRoundTwoBeforeTheFinalScore() throws IOException {
    AppraisalArea area =
        new AppraisalArea(
            "1",
            "Công tác chỉ đạo, điều hành",
            List.of(
                new AppraisalLine(
                    "1.1",
                    "Kế hoạch CCHC năm",
                    RowLevel.CRITERION,
                    new BigDecimal("2"),
                    new BigDecimal("2"),
                    new BigDecimal("1"),
                    new BigDecimal("1.5"),
                    new BigDecimal("1.75"),
                    "Vòng 3: bổ sung một phần",
                    null),
                new AppraisalLine(
                    "1.2",
                    "Tuyên truyền CCHC",
                    RowLevel.CRITERION,
                    new BigDecimal("1"),
                    new BigDecimal("1"),
                    new BigDecimal("0.5"),
                    null,
                    new BigDecimal("0.5"),
                    null,
                    null)));
    assertEquals(new BigDecimal("2.0"), area.roundTwoPoints(), "1.5 + 0.5 where round 1 left it");
    AppraisalSummary threeRounds = withRounds(3, List.of(area), null, null);
    byte[] xlsx = new AppraisalSummaryReport().render(threeRounds, ReportFormat.XLSX, VI);
    byte[] bytes = new AppraisalSummaryReport().render(threeRounds, ReportFormat.PDF, VI);
    Files.write(Path.of("target", "sample-appraisal-summary-three-rounds.pdf"), bytes);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        PDDocument document = PdfText.open(bytes)) {
      assertEquals(
          List.of(
              new BigDecimal("3"),
              new BigDecimal("3"),
              new BigDecimal("1.5"),
              new BigDecimal("2"),
              new BigDecimal("2.25"),
              new BigDecimal("-0.75")),
          numbersOfRow(workbook, "Tổng cộng"),
          "max, self, round 1, round 2, final, difference");
      String text = PdfText.all(document);
      assertTrue(text.contains("1.1 Kế hoạch CCHC năm 2 2 1 1,5 1,75 -0,25"), text);
      assertTrue(text.contains("1.2 Tuyên truyền CCHC 1 1 0,5 – 0,5 -0,5"), text);
      PdfText.assertEveryPageA4Landscape(document);
    }

    byte[] oneRound =
        new AppraisalSummaryReport()
            .render(withRounds(1, List.of(area), null, null), ReportFormat.XLSX, VI);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(oneRound))) {
      assertEquals(
          List.of(
              new BigDecimal("3"),
              new BigDecimal("3"),
              new BigDecimal("2.25"),
              new BigDecimal("-0.75")),
          numbersOfRow(workbook, "Tổng cộng"),
          "one round: max, self, final, difference");
    }
  }

  @Test
  void aBoundedTotalIsPrintedCappedWithTheSumInANote() throws IOException {
    AppraisalSummary capped =
        withRounds(
            2, iaGrai().areas(), new BigDecimal("5.5"), "Tổng cộng 6 điểm, tính tối đa 5,5 điểm.");
    byte[] bytes = new AppraisalSummaryReport().render(capped, ReportFormat.PDF, VI);
    byte[] xlsx = new AppraisalSummaryReport().render(capped, ReportFormat.XLSX, VI);
    try (PDDocument document = PdfText.open(bytes);
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      String text = PdfText.all(document);
      assertTrue(text.contains("Tổng cộng 7,5 6,25 5,25 5,5 -0,75"), text);
      assertTrue(text.contains("Tổng cộng 6 điểm, tính tối đa 5,5 điểm."), text);
      assertEquals(new BigDecimal("5.5"), numbersOfRow(workbook, "Tổng cộng").get(3));
    }
  }

  @Test
  void printsBothSignatureBlocksAsGiven() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String last = PdfText.page(document, document.getNumberOfPages());
      assertAll(
          () -> assertTrue(last.contains("TM. TỔ GIÚP VIỆC"), last),
          () -> assertTrue(last.contains("CHỦ TỊCH HỘI ĐỒNG"), last),
          () -> assertTrue(last.contains("Trần Thị Bình"), last),
          () -> assertTrue(last.contains("Nguyễn Văn An"), last));
    }
  }

  @Test
  void aDepartmentsSummaryCarriesItsOwnHeaderAndSigners() throws IOException {
    AppraisalSummary commune = iaGrai();
    AppraisalSummary department =
        new AppraisalSummary(
            "UBND TỈNH GIA LAI",
            "HỘI ĐỒNG THẨM ĐỊNH CHỈ SỐ CCHC CÁC SỞ, BAN, NGÀNH",
            commune.title(),
            "Đơn vị: Sở Tư pháp",
            null,
            commune.date(),
            commune.areas(),
            new Signer("TỔ TRƯỞNG TỔ GIÚP VIỆC", null),
            new Signer("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH HỘI ĐỒNG", null),
            null);
    byte[] bytes = new AppraisalSummaryReport().render(department, ReportFormat.PDF, VI);
    try (PDDocument document = PdfText.open(bytes)) {
      String text = PdfText.all(document);
      assertAll(
          () -> assertTrue(text.contains("CÁC SỞ, BAN, NGÀNH"), text),
          () -> assertTrue(text.contains("TỔ TRƯỞNG TỔ GIÚP VIỆC"), text),
          () -> assertTrue(text.contains("PHÓ CHỦ TỊCH HỘI ĐỒNG"), text),
          () -> assertTrue(text.contains("Ngày 05 tháng 02 năm 2026"), text),
          () -> assertFalse(text.contains("TM. TỔ GIÚP VIỆC"), text));
    }
  }

  @Test
  void isA4LandscapeWithEveryFontEmbedded() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      PdfText.assertEveryPageA4Landscape(document);
      PdfText.assertFontsEmbeddedLiberationSerif(document);
    }
  }

  @Test
  void theSpreadsheetSumsAndTheWordDocumentHoldTheSameTotals() throws IOException {
    byte[] xlsx = new AppraisalSummaryReport().render(iaGrai(), ReportFormat.XLSX, VI);
    byte[] docx = new AppraisalSummaryReport().render(iaGrai(), ReportFormat.DOCX, VI);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
      assertEquals(
          List.of(
              new BigDecimal("7.5"),
              new BigDecimal("6.25"),
              new BigDecimal("5.25"),
              new BigDecimal("6"),
              new BigDecimal("-0.25")),
          numbersOfRow(workbook, "Tổng cộng"));
      String text = PdfText.normalise(extractor.getText());
      assertTrue(text.contains("Tổng cộng"), text);
      assertTrue(text.contains("6,25"), text);
      assertTrue(text.contains("CHỦ TỊCH HỘI ĐỒNG"), text);
    }
  }

  /** The numbers of the sheet's row holding the label, left to right. */
  static List<BigDecimal> numbersOfRow(XSSFWorkbook workbook, String label) {
    for (Row row : workbook.getSheetAt(0)) {
      boolean found = false;
      List<BigDecimal> numbers = new ArrayList<>();
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
          found = true;
        } else if (cell.getCellType() == CellType.NUMERIC) {
          numbers.add(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros());
        }
      }
      if (found) {
        return numbers;
      }
    }
    throw new AssertionError("no row " + label);
  }
}
