package vn.parindex.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The comparison through the shared XLSX and DOCX exporters: the same table, readable back. */
class VersionComparisonOfficeFormatsTest {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private static DemoComparison demo;

  @BeforeAll
  static void load() {
    demo = DemoComparison.load();
  }

  @Test
  void rendersASpreadsheetWithTheChangesAndNumericMaxima() throws IOException {
    byte[] xlsx = new VersionComparisonReport().render(demo.sheet(false), ReportFormat.XLSX, VI);
    keep("sample-comparison.xlsx", xlsx);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      StringBuilder strings = new StringBuilder();
      boolean oneAndAHalf = false;
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            strings.append(cell.getStringCellValue()).append('\n');
          } else if (cell.getCellType() == CellType.NUMERIC) {
            oneAndAHalf |=
                BigDecimal.valueOf(cell.getNumericCellValue()).compareTo(new BigDecimal("1.5"))
                    == 0;
          }
        }
      }
      String text = PdfText.normalise(strings.toString());
      boolean numeric = oneAndAHalf;
      assertAll(
          () -> assertTrue(text.contains("SO SÁNH HAI PHIÊN BẢN BỘ CHỈ SỐ CCHC"), text),
          () -> assertTrue(text.contains("Đổi cách tính điểm"), text),
          () -> assertTrue(text.contains("Đổi tên, Di chuyển"), text),
          () -> assertTrue(text.contains(DemoComparison.ADDED_IN_AREA_1), text),
          () -> assertTrue(numeric, "the maxima should stay numbers"),
          // the table header once, and no page numbers
          () -> assertTrue(text.indexOf("Tên tiêu chí") == text.lastIndexOf("Tên tiêu chí"), text),
          () -> assertTrue(!text.contains("Trang "), text));
    }
  }

  @Test
  void rendersALandscapeWordDocumentWithBothNamesOfARenamedCriterion() throws IOException {
    byte[] docx = new VersionComparisonReport().render(demo.sheet(false), ReportFormat.DOCX, VI);
    keep("sample-comparison.docx", docx);
    VersionChangeRow renamed = demo.renamed();
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      String text = PdfText.normalise(extractor.getText());
      assertAll(
          () -> assertTrue(text.contains("Độc lập – Tự do – Hạnh phúc"), text),
          () -> assertTrue(text.contains("Phiên bản mới: " + DemoComparison.AFTER), text),
          () -> assertTrue(text.contains("cũ: " + renamed.beforeName()), text),
          () -> assertTrue(text.contains("mới: " + renamed.afterName()), text),
          () -> assertTrue(text.contains("Thêm mới: 2 · Bỏ: 1"), text));
    }
    String body = entry(docx, "word/document.xml");
    assertTrue(body.contains("w:orient=\"landscape\""), "a landscape section");
    assertTrue(body.contains("<w:strike"), "the old name struck through");
  }

  private static void keep(String name, byte[] content) throws IOException {
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", name), content);
  }

  private static String entry(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no " + name + " in the package");
  }
}
