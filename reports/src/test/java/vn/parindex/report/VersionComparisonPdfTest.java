package vn.parindex.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The comparison of two index versions as a PDF, read back with PDFBox. */
class VersionComparisonPdfTest {

  private static final Locale VI = Locale.forLanguageTag("vi");

  /** The left page margin and the column edges of the table, as in version-comparison.jrxml. */
  private static final int LEFT = 57;

  private static final int NEW_MAX_X = 376;
  private static final int CHANGES_X = 636;
  private static final int TABLE_END = 728;

  private static DemoComparison demo;
  private static byte[] pdf;
  private static byte[] everyRow;

  @BeforeAll
  static void render() throws IOException {
    demo = DemoComparison.load();
    pdf = new VersionComparisonReport().render(demo.sheet(false), ReportFormat.PDF, VI);
    everyRow = new VersionComparisonReport().render(demo.sheet(true), ReportFormat.PDF, VI);
    // kept for a look by eye (pdftoppm, pdffonts)
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "sample-comparison.pdf"), pdf);
    Files.write(Path.of("target", "sample-comparison-all.pdf"), everyRow);
  }

  @Test
  void printsTheOfficialHeaderTheTitleAndBothVersions() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String page1 = PdfText.page(document, 1);
      assertAll(
          () -> assertTrue(page1.contains("UBND TỈNH BÌNH ĐỊNH"), page1),
          () -> assertTrue(page1.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), page1),
          () -> assertTrue(page1.contains("Độc lập – Tự do – Hạnh phúc"), page1),
          () -> assertTrue(page1.contains("Quy Nhơn, ngày 28 tháng 11 năm 2026"), page1),
          () -> assertTrue(page1.contains("SO SÁNH HAI PHIÊN BẢN BỘ CHỈ SỐ CCHC"), page1),
          () -> assertTrue(page1.contains("Phiên bản cũ: " + DemoComparison.BEFORE), page1),
          () -> assertTrue(page1.contains("Phiên bản mới: " + DemoComparison.AFTER), page1));
    }
  }

  @Test
  void countsEveryKindOfChangeOnTheSummaryLine() throws IOException {
    for (ChangeType type : ChangeType.values()) {
      assertTrue(demo.count(type) > 0, "the fixture lacks " + type);
    }
    String summary =
        "Thêm mới: "
            + demo.count(ChangeType.ADDED)
            + " · Bỏ: "
            + demo.count(ChangeType.REMOVED)
            + " · Đổi tên: "
            + demo.count(ChangeType.RENAMED)
            + " · Đổi điểm tối đa: "
            + demo.count(ChangeType.MAX_CHANGED)
            + " · Đổi cách tính điểm: "
            + demo.count(ChangeType.RULE_CHANGED)
            + " · Di chuyển: "
            + demo.count(ChangeType.MOVED)
            + " · Đổi hạn: "
            + demo.count(ChangeType.DUE_CHANGED);
    assertTrue(summary.startsWith("Thêm mới: 2 · Bỏ: 1 · "), summary);
    try (PDDocument document = PdfText.open(pdf)) {
      String page1 = PdfText.page(document, 1);
      assertTrue(page1.contains(summary), () -> summary + " in " + page1);
    }
  }

  @Test
  void namesTheChangesOfEachRowInVietnameseInTheLastColumn() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String column = column(document, CHANGES_X, TABLE_END);
      assertAll(
          () -> assertTrue(column.contains("Thay đổi"), column),
          () -> assertTrue(column.contains("Thêm mới"), column),
          () -> assertTrue(column.contains("Bỏ"), column),
          () -> assertTrue(column.contains("Đổi tên"), column),
          () -> assertTrue(column.contains("Đổi điểm tối đa"), column),
          () -> assertTrue(column.contains("Đổi cách tính điểm"), column),
          () -> assertTrue(column.contains("Di chuyển"), column),
          // several kinds in one row: comma separated, in the order of ChangeType
          () -> assertTrue(column.contains("Đổi tên, Di chuyển"), column));
    }
  }

  @Test
  void printsTheOldAndTheNewNameOfARenamedCriterion() throws IOException {
    VersionChangeRow renamed = demo.renamed();
    try (PDDocument document = PdfText.open(pdf)) {
      String text = squash(PdfText.all(document));
      assertAll(
          () -> assertTrue(text.contains(squash("cũ: " + renamed.beforeName())), text),
          () -> assertTrue(text.contains(squash("mới: " + renamed.afterName())), text),
          () -> assertTrue(text.contains(squash(DemoComparison.ADDED_IN_AREA_1)), text),
          () -> assertTrue(text.contains(squash(DemoComparison.ADDED_IN_AREA_7)), text));
    }
  }

  @Test
  void printsMaximaWithAVietnameseDecimalComma() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String newMax = column(document, NEW_MAX_X, NEW_MAX_X + 40);
      assertTrue(newMax.contains("1,5"), newMax);
      assertFalse(newMax.contains("1.5"), newMax);
    }
  }

  @Test
  void leavesUnchangedCriteriaOutUnlessAskedFor() throws IOException {
    List<String> unchanged = demo.unchangedNames();
    assertTrue(unchanged.size() > 5, unchanged.toString());
    try (PDDocument changedOnly = PdfText.open(pdf);
        PDDocument all = PdfText.open(everyRow)) {
      String without = squash(PdfText.all(changedOnly));
      String with = squash(PdfText.all(all));
      for (String name : unchanged) {
        assertFalse(without.contains(squash(name)), () -> "printed unchanged: " + name);
        assertTrue(with.contains(squash(name)), () -> "missing unchanged: " + name);
      }
      assertTrue(all.getNumberOfPages() > changedOnly.getNumberOfPages());
      // the summary counts the same changes either way
      assertTrue(with.contains(squash("Thêm mới: 2 · Bỏ: 1")), with);
    }
  }

  @Test
  void repeatsTheTableHeaderAndNumbersEveryPageWithoutASignature() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      int pages = document.getNumberOfPages();
      assertTrue(pages >= 2, "the changes fill more than one page, got " + pages);
      for (int page = 1; page <= pages; page++) {
        String text = PdfText.page(document, page);
        int p = page;
        assertAll(
            () -> assertTrue(text.contains("Trang " + p + "/" + pages), text),
            () -> assertTrue(text.contains("Tên tiêu chí"), text),
            () -> assertTrue(text.contains("Điểm tối đa"), text),
            () -> assertTrue(text.contains("Cách tính điểm"), text),
            () -> assertTrue(text.contains("Thay đổi"), text));
      }
      String all = PdfText.all(document);
      assertFalse(all.contains("CHỦ TỊCH"), "a working document carries no signature block");
    }
  }

  /**
   * JasperReports writes a landscape page as an A4 portrait page turned by 90 degrees (/Rotate), so
   * that printers feed it as A4: compare the page as it is shown.
   */
  @Test
  void isA4Landscape() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      for (PDPage page : document.getPages()) {
        PDRectangle box = page.getMediaBox();
        boolean turned = page.getRotation() % 180 != 0;
        assertEquals(842, turned ? box.getHeight() : box.getWidth(), 1);
        assertEquals(595, turned ? box.getWidth() : box.getHeight(), 1);
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
          "SO SÁNH HAI PHIÊN BẢN BỘ CHỈ SỐ CCHC", document.getDocumentInformation().getTitle());
      assertEquals("UBND TỈNH BÌNH ĐỊNH", document.getDocumentInformation().getAuthor());
      assertEquals("vi", document.getDocumentCatalog().getLanguage());
    }
  }

  @Test
  void printsEnglishLabelsAndADecimalPointForEnglish() throws IOException {
    byte[] english =
        new VersionComparisonReport()
            .render(
                demo.sheet(null, "PEOPLE'S COMMITTEE OF BINH DINH", demo.rows(), false),
                ReportFormat.PDF,
                Locale.ENGLISH);
    Files.write(Path.of("target", "sample-comparison-en.pdf"), english);
    VersionChangeRow renamed = demo.renamed();
    try (PDDocument document = PdfText.open(english)) {
      String text = PdfText.all(document);
      String changes = column(document, CHANGES_X, TABLE_END);
      String newMax = column(document, NEW_MAX_X, NEW_MAX_X + 40);
      assertAll(
          () -> assertTrue(text.contains("SOCIALIST REPUBLIC OF VIET NAM"), text),
          () -> assertTrue(text.contains("Quy Nhơn, 28 November 2026"), text),
          () -> assertTrue(text.contains("COMPARISON OF TWO VERSIONS OF THE PAR INDEX"), text),
          () -> assertTrue(text.contains("Previous version: " + DemoComparison.BEFORE), text),
          () -> assertTrue(text.contains("New version: " + DemoComparison.AFTER), text),
          () -> assertTrue(text.contains("Added: 2 · Removed: 1 · Renamed: "), text),
          () -> assertTrue(text.contains("Criterion"), text),
          () -> assertTrue(text.contains("Scoring rule"), text),
          () -> assertTrue(squash(text).contains(squash("old: " + renamed.beforeName())), text),
          () -> assertTrue(text.contains("Page 1/"), text),
          () -> assertTrue(changes.contains("Renamed, Moved"), changes),
          () -> assertTrue(changes.contains("Max. points changed"), changes),
          () -> assertTrue(newMax.contains("1.5"), newMax),
          () -> assertFalse(text.contains("Thêm mới"), text),
          () -> assertFalse(text.contains("Trang "), text),
          () -> assertEquals("en", document.getDocumentCatalog().getLanguage()),
          () ->
              assertEquals(
                  "COMPARISON OF TWO VERSIONS OF THE PAR INDEX",
                  document.getDocumentInformation().getTitle()));
    }
  }

  @Test
  void saysSoWhenNothingChanged() throws IOException {
    List<VersionChangeRow> same = demo.rows().stream().filter(VersionChangeRow::unchanged).toList();
    byte[] nothing =
        new VersionComparisonReport()
            .render(
                demo.sheet(DemoComparison.TITLE, "UBND TỈNH BÌNH ĐỊNH", same, false),
                ReportFormat.PDF,
                VI);
    try (PDDocument document = PdfText.open(nothing)) {
      String text = PdfText.all(document);
      assertAll(
          () -> assertEquals(1, document.getNumberOfPages()),
          () -> assertTrue(text.contains("Thêm mới: 0 · Bỏ: 0 · Đổi tên: 0"), text),
          () -> assertTrue(text.contains("Tên tiêu chí"), text),
          () -> assertTrue(text.contains("Không có tiêu chí nào thay đổi."), text),
          () -> assertTrue(text.contains("Trang 1/1"), text));
    }
  }

  @Test
  void printsNamesWithMarkupCharactersAndNoIssuingBody() throws IOException {
    VersionChangeRow odd =
        new VersionChangeRow(
            "2.1",
            "2.1",
            "Tỷ lệ văn bản <đúng hạn> & đúng quy trình",
            "Tỷ lệ văn bản \"đúng hạn\" & <b>đủ</b> thành phần",
            BigDecimal.ONE,
            BigDecimal.ONE,
            null,
            null,
            EnumSet.of(ChangeType.RENAMED));
    byte[] bytes =
        new VersionComparisonReport()
            .render(demo.sheet(null, null, List.of(odd), false), ReportFormat.PDF, null);
    try (PDDocument document = PdfText.open(bytes)) {
      String text = PdfText.all(document);
      assertAll(
          () -> assertTrue(text.contains("cũ: Tỷ lệ văn bản <đúng hạn> & đúng quy trình"), text),
          () -> assertTrue(text.contains("mới: Tỷ lệ văn bản \"đúng hạn\" & <b>đủ</b>"), text),
          () -> assertTrue(text.contains("SO SÁNH HAI PHIÊN BẢN BỘ CHỈ SỐ CCHC"), text),
          () -> assertTrue(text.contains("Độc lập – Tự do – Hạnh phúc"), text),
          () -> assertNull(document.getDocumentInformation().getAuthor()));
    }
  }

  @Test
  void rendersWhenTheCallersContextLoaderCannotSeeThisLibrary() throws IOException {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader blind = new URLClassLoader(new URL[0], null)) {
      thread.setContextClassLoader(blind);
      byte[] bytes = new VersionComparisonReport().render(demo.sheet(false), ReportFormat.PDF, VI);
      assertTrue(thread.getContextClassLoader() == blind, "the caller's loader is given back");
      try (PDDocument document = PdfText.open(bytes)) {
        assertTrue(PdfText.page(document, 1).contains("Đổi cách tính điểm"));
      }
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Test
  void keepsTheChangesOfARowInTheOrderOfTheirKinds() {
    VersionChangeRow row =
        new VersionChangeRow(
            "1",
            "2",
            "a",
            "b",
            null,
            null,
            null,
            null,
            Set.of(ChangeType.MOVED, ChangeType.RENAMED, ChangeType.MAX_CHANGED));
    assertEquals(
        List.of(ChangeType.RENAMED, ChangeType.MAX_CHANGED, ChangeType.MOVED),
        List.copyOf(row.changes()));
    assertEquals(
        "Đổi tên, Đổi điểm tối đa, Di chuyển",
        VersionComparisonDataSource.changes(row, ScorecardParameters.labels(VI)));
    assertTrue(
        new VersionChangeRow(null, "1", null, "a", null, null, null, null, null).unchanged());
  }

  /** The text of one table column on every page, top to bottom, whitespace folded. */
  private static String column(PDDocument document, int fromX, int toX) throws IOException {
    StringBuilder text = new StringBuilder();
    for (PDPage page : document.getPages()) {
      PDFTextStripperByArea stripper = new PDFTextStripperByArea();
      stripper.addRegion(
          "column",
          new Rectangle2D.Float(
              LEFT + fromX + 1, 0, toX - fromX - 2, page.getMediaBox().getHeight()));
      stripper.extractRegions(page);
      text.append(stripper.getTextForRegion("column")).append(' ');
    }
    return PdfText.normalise(text.toString());
  }

  /** Names wrap at any space, and a slash may end a line: compare them without whitespace. */
  private static String squash(String text) {
    return text.replaceAll("\\s+", "");
  }
}
