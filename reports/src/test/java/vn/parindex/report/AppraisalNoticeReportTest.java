package vn.parindex.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The notice of round 1 to an illustrative commune: two changed criteria with the unit's score, the
 * appraised one and the reason, the last day to explain, the copies and the signature.
 */
class AppraisalNoticeReportTest {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static byte[] pdf;

  @BeforeAll
  static void render() throws IOException {
    pdf =
        new AppraisalNoticeReport()
            .render(iaGrai(List.of(lowered(), raised())), ReportFormat.PDF, VI);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "sample-appraisal-notice.pdf"), pdf);
  }

  static AppraisalNotice.Change lowered() {
    return new AppraisalNotice.Change(
        "1.1",
        "Kế hoạch CCHC năm",
        new BigDecimal("1"),
        new BigDecimal("1"),
        new BigDecimal("0.5"),
        "Kế hoạch ban hành chậm so với quy định");
  }

  static AppraisalNotice.Change raised() {
    return new AppraisalNotice.Change(
        "2.2",
        "Theo dõi thi hành pháp luật",
        new BigDecimal("2"),
        new BigDecimal("1.5"),
        new BigDecimal("2"),
        "Tài liệu kiểm chứng đủ điều kiện đạt điểm tối đa");
  }

  static AppraisalNotice iaGrai(List<AppraisalNotice.Change> changes) {
    return new AppraisalNotice(
        "UBND TỈNH GIA LAI",
        "SỞ NỘI VỤ",
        "125/TB-SNV",
        "Gia Lai",
        LocalDate.of(2026, 1, 20),
        "Kết quả thẩm định Chỉ số CCHC năm 2025 (vòng 1)",
        "Ủy ban nhân dân xã Ia Grai",
        List.of("Căn cứ Quyết định số 2156/QĐ-UBND ngày 09/10/2025 của UBND tỉnh Gia Lai;"),
        "Hội đồng thẩm định Chỉ số CCHC tỉnh Gia Lai",
        2025,
        1,
        changes,
        LocalDate.of(2026, 2, 3),
        List.of("Hội đồng thẩm định (để b/c)"),
        new Signer("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", "Lê Văn Cường"));
  }

  @Test
  void printsTheIssuingBodyNumberDateTypeAndAddressee() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String page1 = PdfText.page(document, 1);
      assertAll(
          () -> assertTrue(page1.contains("UBND TỈNH GIA LAI"), page1),
          () -> assertTrue(page1.contains("SỞ NỘI VỤ"), page1),
          () -> assertTrue(page1.contains("Số: 125/TB-SNV"), page1),
          () -> assertTrue(page1.contains("Gia Lai, ngày 20 tháng 01 năm 2026"), page1),
          () -> assertTrue(page1.contains("THÔNG BÁO"), page1),
          () ->
              assertTrue(page1.contains("Kết quả thẩm định Chỉ số CCHC năm 2025 (vòng 1)"), page1),
          () -> assertTrue(page1.contains("Kính gửi: Ủy ban nhân dân xã Ia Grai."), page1),
          () -> assertTrue(page1.contains("Căn cứ Quyết định số 2156/QĐ-UBND"), page1));
    }
  }

  @Test
  void listsOnlyTheChangedCriteriaWithBothScoresAndTheReason() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String text = PdfText.all(document);
      assertAll(
          () ->
              assertTrue(text.contains("có 2 tiêu chí, tiêu chí thành phần được điều chỉnh"), text),
          () -> assertTrue(text.contains("1 1.1 Kế hoạch CCHC năm 1 1 0,5"), text),
          () -> assertTrue(text.contains("2 2.2 Theo dõi thi hành pháp luật 2 1,5 2"), text),
          () -> assertTrue(text.contains("Kế hoạch ban hành chậm so với quy định"), text),
          () -> assertTrue(text.contains("Điểm thẩm định"), text));
    }
  }

  @Test
  void givesTheLastDayToExplainTheCopiesAndTheSignature() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String text = PdfText.all(document);
      assertAll(
          () -> assertTrue(text.contains("chậm nhất đến hết ngày 03/02/2026"), text),
          () -> assertTrue(text.contains("Nơi nhận:"), text),
          () -> assertTrue(text.contains("- Ủy ban nhân dân xã Ia Grai;"), text),
          () -> assertTrue(text.contains("- Hội đồng thẩm định (để b/c);"), text),
          () -> assertTrue(text.contains("- Lưu: VT."), text),
          () -> assertTrue(text.contains("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"), text),
          () -> assertTrue(text.contains("Lê Văn Cường"), text));
    }
  }

  @Test
  void aNoticeWithNothingChangedSaysSoAndAsksNoExplanation() throws IOException {
    byte[] bytes = new AppraisalNoticeReport().render(iaGrai(List.of()), ReportFormat.PDF, VI);
    try (PDDocument document = PdfText.open(bytes)) {
      String text = PdfText.all(document);
      assertAll(
          () -> assertTrue(text.contains("thống nhất với kết quả tự đánh giá"), text),
          () -> assertFalse(text.contains("Lý do điều chỉnh"), text),
          () -> assertFalse(text.contains("chậm nhất"), text));
    }
  }

  @Test
  void markupInDataIsPrintedAsText() throws IOException {
    AppraisalNotice notice = iaGrai(List.of(lowered()));
    AppraisalNotice tricky =
        new AppraisalNotice(
            notice.superiorBody(),
            notice.issuingBody(),
            notice.number(),
            notice.place(),
            notice.date(),
            notice.subject(),
            "UBND xã <b>A & B</b>",
            notice.references(),
            notice.appraiser(),
            notice.year(),
            notice.round(),
            notice.changes(),
            notice.explanationUntil(),
            notice.copies(),
            notice.signer());
    byte[] bytes = new AppraisalNoticeReport().render(tricky, ReportFormat.PDF, VI);
    try (PDDocument document = PdfText.open(bytes)) {
      String text = PdfText.all(document);
      assertTrue(text.contains("UBND xã <b>A & B</b> rà soát"), text);
    }
  }

  @Test
  void isA4PortraitWithEveryFontEmbedded() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      PdfText.assertEveryPageA4Portrait(document);
      PdfText.assertFontsEmbeddedLiberationSerif(document);
    }
  }

  @Test
  void theWordDocumentHoldsTheSameTableAndDeadline() throws IOException {
    byte[] docx =
        new AppraisalNoticeReport()
            .render(iaGrai(List.of(lowered(), raised())), ReportFormat.DOCX, VI);
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
      String text = PdfText.normalise(extractor.getText());
      assertAll(
          () -> assertTrue(text.contains("THÔNG BÁO"), text),
          () -> assertTrue(text.contains("Theo dõi thi hành pháp luật"), text),
          () -> assertTrue(text.contains("0,5"), text),
          () -> assertTrue(text.contains("03/02/2026"), text));
    }
  }
}
