package vn.parindex.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scorecard as a PDF: an official Vietnamese document, read back with PDFBox. */
class ScorecardPdfTest {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private static DemoScorecard demo;
  private static byte[] pdf;

  @BeforeAll
  static void render() throws IOException {
    demo = DemoScorecard.load();
    pdf = new ScorecardReport().render(demo.scorecard(), ReportFormat.PDF, VI);
    // kept for a look by eye (pdftoppm, pdffonts): target/sample-scorecard.pdf
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "sample-scorecard.pdf"), pdf);
  }

  @Test
  void printsTheNationalNameAndMottoOfAnOfficialDocument() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String page1 = PdfText.page(document, 1);
      assertAll(
          () -> assertTrue(page1.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), page1),
          () -> assertTrue(page1.contains("Độc lập – Tự do – Hạnh phúc"), page1),
          () -> assertTrue(page1.contains("UBND TỈNH BÌNH ĐỊNH"), page1),
          () -> assertTrue(page1.contains("UBND HUYỆN AN LÃO"), page1),
          () -> assertTrue(page1.contains("An Lão, ngày 28 tháng 11 năm 2026"), page1),
          () -> assertTrue(page1.contains("BIỂU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH"), page1));
    }
  }

  @Test
  void printsEveryAreaName() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String text = PdfText.all(document);
      List<String> areas = demo.areaNames();
      assertEquals(8, areas.size());
      for (String area : areas) {
        assertTrue(text.contains(PdfText.normalise(area)), () -> "missing area: " + area);
      }
    }
  }

  @Test
  void printsTheTotalWithAVietnameseDecimalComma() throws IOException {
    String total = vietnamese(demo.totalScore().stripTrailingZeros().toPlainString());
    assertTrue(total.contains(","), "the fixture should give a fractional total, got " + total);
    try (PDDocument document = PdfText.open(pdf)) {
      String text = PdfText.all(document);
      assertTrue(text.contains("Tổng cộng 100 " + total), () -> "total " + total + " in " + text);
    }
  }

  @Test
  void marksCriteriaThatAreNotScored() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      assertTrue(PdfText.all(document).contains("–"));
    }
  }

  @Test
  void printsTheSignatureBlockAndTheFootnote() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String last = PdfText.page(document, document.getNumberOfPages());
      assertAll(
          () -> assertTrue(last.contains("KT. CHỦ TỊCH PHÓ CHỦ TỊCH"), last),
          () -> assertTrue(last.contains("Nguyễn Văn An"), last),
          () -> assertTrue(PdfText.all(document).contains("Điểm tối đa là dữ liệu minh họa")));
    }
  }

  @Test
  void repeatsTheTableHeaderOnTheNextPage() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      assertTrue(document.getNumberOfPages() > 1, "the demo index fills more than one page");
      String page2 = PdfText.page(document, 2);
      assertAll(
          () -> assertTrue(page2.contains("Lĩnh vực / tiêu chí / tiêu chí thành phần"), page2),
          () -> assertTrue(page2.contains("Điểm tối đa"), page2),
          () -> assertTrue(page2.contains("Điểm tự đánh giá"), page2),
          () -> assertTrue(page2.contains("Tài liệu kiểm chứng"), page2));
    }
  }

  @Test
  void numbersEveryPageOutOfTheTotal() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      int pages = document.getNumberOfPages();
      for (int page = 1; page <= pages; page++) {
        String text = PdfText.page(document, page);
        assertTrue(text.contains("Trang " + page + "/" + pages), text);
      }
    }
  }

  @Test
  void isA4Portrait() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      for (PDPage page : document.getPages()) {
        PDRectangle box = page.getMediaBox();
        assertEquals(595, box.getWidth(), 1);
        assertEquals(842, box.getHeight(), 1);
      }
    }
  }

  @Test
  void embedsEveryFontAndNeverFallsBackToHelvetica() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      PdfText.assertFontsEmbeddedLiberationSerif(document);
    }
  }

  @Test
  void carriesTheTitleAndLanguageInItsMetadata() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      assertEquals(
          "BIỂU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023",
          document.getDocumentInformation().getTitle());
      assertEquals("vi", document.getDocumentCatalog().getLanguage());
    }
  }

  @Test
  void writesEarlyMonthsAndDaysWithALeadingZeroAsDecree30Wants() throws IOException {
    byte[] february =
        new ScorecardReport()
            .render(demo.scorecard(LocalDate.of(2026, 2, 5), null, null), ReportFormat.PDF, VI);
    byte[] march =
        new ScorecardReport()
            .render(demo.scorecard(LocalDate.of(2026, 3, 9), null, null), ReportFormat.PDF, VI);
    try (PDDocument feb = PdfText.open(february);
        PDDocument mar = PdfText.open(march)) {
      assertTrue(PdfText.page(feb, 1).contains("An Lão, ngày 05 tháng 02 năm 2026"));
      assertTrue(PdfText.page(mar, 1).contains("An Lão, ngày 09 tháng 3 năm 2026"));
    }
  }

  @Test
  void leavesTheSignerAndFootnoteOutWhenNotGiven() throws IOException {
    Scorecard card = demo.scorecard(LocalDate.of(2026, 11, 28), null, null);
    try (PDDocument document =
        PdfText.open(new ScorecardReport().render(card, ReportFormat.PDF, VI))) {
      String text = PdfText.all(document);
      assertTrue(text.contains("KT. CHỦ TỊCH PHÓ CHỦ TỊCH"));
      assertFalse(text.contains("Nguyễn Văn An"));
      assertFalse(text.contains("dữ liệu minh họa Trang"));
    }
  }

  @Test
  void printsEnglishLabelsAndADecimalPointForEnglish() throws IOException {
    byte[] english = new ScorecardReport().render(demo.scorecard(), ReportFormat.PDF, Locale.UK);
    Files.write(Path.of("target", "sample-scorecard-en.pdf"), english);
    String total = demo.totalScore().stripTrailingZeros().toPlainString();
    try (PDDocument document = PdfText.open(english)) {
      String text = PdfText.all(document);
      assertAll(
          () -> assertTrue(text.contains("SOCIALIST REPUBLIC OF VIET NAM"), text),
          () -> assertTrue(text.contains("Independence – Freedom – Happiness"), text),
          () -> assertTrue(text.contains("An Lão, 28 November 2026"), text),
          () -> assertTrue(text.contains("Max. points"), text),
          () -> assertTrue(text.contains("Evidence Explanation Notes"), text),
          () -> assertTrue(text.contains("Total 100 " + total), text),
          () -> assertTrue(text.contains("Page 1/"), text),
          () -> assertFalse(text.contains("Tổng cộng"), text),
          () -> assertEquals("en-GB", document.getDocumentCatalog().getLanguage()));
    }
  }

  @Test
  void printsEachCitedDocumentOfTheEvidenceColumnOnItsOwnLine() throws IOException {
    Scorecard demoCard = demo.scorecard();
    List<ScorecardRow> rows = new java.util.ArrayList<>(demoCard.rows());
    ScorecardRow first = rows.get(1);
    rows.set(
        1,
        new ScorecardRow(
            first.stt(),
            first.code(),
            first.name(),
            first.level(),
            first.maxPoints(),
            first.selfScore(),
            "15/BC-TP, ngày 30/06/2023, Phòng Tư pháp\n22/KH-UBND, ngày 10/01/2023, UBND huyện",
            first.explanation(),
            first.note()));
    Scorecard card =
        new Scorecard(
            demoCard.superiorBody(),
            demoCard.issuingBody(),
            demoCard.title(),
            demoCard.subtitle(),
            demoCard.place(),
            demoCard.date(),
            demoCard.signerTitle(),
            demoCard.signerName(),
            demoCard.footnote(),
            rows,
            demoCard.totalMax(),
            demoCard.totalScore(),
            demoCard.provisionalReasons());
    try (PDDocument document =
        PdfText.open(new ScorecardReport().render(card, ReportFormat.PDF, VI))) {
      String raw = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      String text = PdfText.normalise(raw);
      assertTrue(text.contains("15/BC-TP, ngày 30/06/2023"), text);
      assertTrue(text.contains("22/KH-UBND, ngày 10/01/2023"), text);
      assertTrue(raw.indexOf("22/KH-UBND") > raw.indexOf("15/BC-TP"), raw);
    }
  }

  private static String vietnamese(String number) {
    return number.replace('.', ',');
  }
}
