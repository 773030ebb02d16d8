package vn.parindex.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * A total that can still change (criteria unscored, survey missing, scores returned) is printed as
 * a draft: the boxed "DỰ THẢO" mark under the title and the reasons under the total, in every
 * format. A final total carries neither, so that a half-scored sheet never passes for a final one.
 */
class DraftMarkTest {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final Locale EN = Locale.ENGLISH;
  private static final List<String> REASONS =
      List.of(
          "còn tiêu chí chưa được phòng chủ trì chấm điểm",
          "còn tiêu chí đã trả lại để phòng bổ sung");
  private static final String MARK = "DỰ THẢO – KẾT QUẢ TẠM TÍNH";
  private static final String BECAUSE =
      "Kết quả trên là tạm tính vì: còn tiêu chí chưa được phòng chủ trì chấm điểm; còn tiêu chí"
          + " đã trả lại để phòng bổ sung.";

  @Test
  void aProvisionalUnitScorecardIsMarkedAsADraftAndSaysWhy() throws IOException {
    byte[] pdf = new ScorecardReport().render(unitCard(REASONS), ReportFormat.PDF, VI);
    try (PDDocument document = PdfText.open(pdf)) {
      String first = PdfText.page(document, 1);
      String all = PdfText.all(document);
      assertAll(
          () -> assertTrue(first.contains(MARK), first),
          () -> assertTrue(all.contains("Tổng cộng (tạm tính)"), all),
          () -> assertTrue(all.contains(BECAUSE), all));
    }
  }

  @Test
  void aFinalUnitScorecardCarriesNoMark() throws IOException {
    byte[] pdf = new ScorecardReport().render(unitCard(List.of()), ReportFormat.PDF, VI);
    try (PDDocument document = PdfText.open(pdf)) {
      String all = PdfText.all(document);
      assertAll(
          () -> assertFalse(all.contains("DỰ THẢO"), all),
          () -> assertFalse(all.contains("tạm tính"), all));
    }
  }

  @Test
  void theDraftMarkIsTranslated() throws IOException {
    byte[] pdf =
        new ScorecardReport()
            .render(unitCard(List.of("some criteria are not yet scored")), ReportFormat.PDF, EN);
    try (PDDocument document = PdfText.open(pdf)) {
      String all = PdfText.all(document);
      assertAll(
          () -> assertTrue(all.contains("DRAFT – PROVISIONAL RESULT"), all),
          () -> assertTrue(all.contains("Total (provisional)"), all),
          () ->
              assertTrue(
                  all.contains(
                      "The result above is provisional because: some criteria are not yet scored."),
                  all));
    }
  }

  @Test
  void theSpreadsheetAndTheWordDocumentCarryTheMarkAndTheReasonsToo() throws IOException {
    Scorecard card = unitCard(REASONS);
    byte[] xlsx = new ScorecardReport().render(card, ReportFormat.XLSX, VI);
    byte[] docx = new ScorecardReport().render(card, ReportFormat.DOCX, VI);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
      StringBuilder cells = new StringBuilder();
      for (Row row : workbook.getSheetAt(0)) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            cells.append(cell.getStringCellValue()).append('\n');
          }
        }
      }
      String sheet = PdfText.normalise(cells.toString());
      String text = PdfText.normalise(extractor.getText());
      assertAll(
          () -> assertTrue(sheet.contains(MARK), sheet),
          () -> assertTrue(sheet.contains(BECAUSE), sheet),
          () -> assertTrue(text.contains(MARK), text),
          () -> assertTrue(text.contains(BECAUSE), text));
    }
  }

  @Test
  void aProvisionalSelfAssessmentReportIsMarkedAsADraftAndAFinalOneIsNot() throws IOException {
    SelfAssessmentResult provisional = SelfAssessmentResultReportTest.anLao(null);
    SelfAssessmentResult.Totals t = provisional.totals();
    SelfAssessmentResult fin =
        new SelfAssessmentResult(
            provisional.superiorBody(),
            provisional.issuingBody(),
            provisional.number(),
            provisional.place(),
            provisional.date(),
            provisional.title(),
            provisional.recipients(),
            provisional.introduction(),
            provisional.areas(),
            new SelfAssessmentResult.Totals(
                t.selfAssessedMax(),
                t.selfAssessed(),
                t.surveyMax(),
                new BigDecimal("9"),
                t.totalMax(),
                new BigDecimal("20.5"),
                t.band(),
                false,
                List.of()),
            provisional.gaps(),
            provisional.difficulties(),
            provisional.proposals(),
            provisional.signerTitle(),
            provisional.signerName());
    SelfAssessmentResultReport report = new SelfAssessmentResultReport();
    try (PDDocument draft = PdfText.open(report.render(provisional, ReportFormat.PDF, VI));
        PDDocument done = PdfText.open(report.render(fin, ReportFormat.PDF, VI))) {
      String first = PdfText.page(draft, 1);
      String all = PdfText.all(draft);
      String finalText = PdfText.all(done);
      assertAll(
          () -> assertTrue(first.contains(MARK), first),
          () -> assertTrue(all.contains("Kết quả trên là tạm tính vì:"), all),
          () -> assertFalse(finalText.contains("DỰ THẢO"), finalText),
          () -> assertFalse(finalText.contains("tạm tính"), finalText));
    }
  }

  private static Scorecard unitCard(List<String> reasons) {
    Scorecard demo = DemoScorecard.load().scorecard();
    return new Scorecard(
        demo.superiorBody(),
        demo.issuingBody(),
        demo.title(),
        demo.subtitle(),
        demo.place(),
        demo.date(),
        demo.signerTitle(),
        demo.signerName(),
        demo.footnote(),
        demo.rows(),
        demo.totalMax(),
        demo.totalScore(),
        reasons);
  }
}
