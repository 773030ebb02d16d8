package vn.parindex.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

/** The scorecard as XLSX and DOCX: valid Office packages that carry the table and its total. */
class ScorecardOfficeFormatsTest {

  private static final Locale VI = Locale.forLanguageTag("vi");

  private static DemoScorecard demo;

  @BeforeAll
  static void load() {
    demo = DemoScorecard.load();
  }

  @Test
  void rendersASpreadsheetWhoseTotalIsANumber() throws IOException {
    byte[] xlsx = new ScorecardReport().render(demo.scorecard(), ReportFormat.XLSX, VI);
    keep("sample-scorecard.xlsx", xlsx);
    assertTrue(
        contentTypes(xlsx).contains("application/vnd.openxmlformats-officedocument.spreadsheetml"));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row total = rowStartingWith(sheet, "Tổng cộng");
      assertNotNull(total, "no total row");
      assertTrue(
          hasNumber(total, demo.totalScore()),
          () -> "no total " + demo.totalScore() + " in " + total);
      assertNotNull(rowStartingWith(sheet, "I"), "no area row");
      assertTrue(text(sheet).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    }
  }

  @Test
  void rendersAWordDocumentWithTheTableAndTheTotal() throws IOException {
    byte[] docx = new ScorecardReport().render(demo.scorecard(), ReportFormat.DOCX, VI);
    keep("sample-scorecard.docx", docx);
    assertTrue(
        contentTypes(docx)
            .contains("application/vnd.openxmlformats-officedocument.wordprocessingml"));
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      String text = PdfText.normalise(extractor.getText());
      String total = demo.totalScore().stripTrailingZeros().toPlainString().replace('.', ',');
      assertAll(
          () -> assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text),
          () -> assertTrue(text.contains("Tổng cộng"), text),
          () -> assertTrue(text.contains(total), () -> "no total " + total + " in " + text));
      for (String area : demo.areaNames()) {
        assertTrue(text.contains(PdfText.normalise(area)), () -> "missing area: " + area);
      }
    }
  }

  @Test
  void namesTimesNewRomanForOfficeFormats() throws IOException {
    byte[] docx = new ScorecardReport().render(demo.scorecard(), ReportFormat.DOCX, VI);
    assertTrue(entry(docx, "word/document.xml").contains("Times New Roman"));
  }

  /** Kept in target/ for a look by eye. */
  private static void keep(String name, byte[] content) throws IOException {
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", name), content);
  }

  /** [Content_Types].xml of an OOXML package: proves a non-empty zip of the expected kind. */
  private static String contentTypes(byte[] zip) throws IOException {
    assertTrue(zip.length > 0);
    return entry(zip, "[Content_Types].xml");
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

  private static Row rowStartingWith(Sheet sheet, String text) {
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
          if (cell.getStringCellValue().strip().equals(text)) {
            return row;
          }
          break;
        }
      }
    }
    return null;
  }

  private static boolean hasNumber(Row row, BigDecimal value) {
    for (Cell cell : row) {
      if (cell.getCellType() == CellType.NUMERIC
          && BigDecimal.valueOf(cell.getNumericCellValue()).compareTo(value) == 0) {
        return true;
      }
    }
    return false;
  }

  private static String text(Sheet sheet) {
    StringBuilder text = new StringBuilder();
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING) {
          text.append(cell.getStringCellValue()).append(' ');
        }
      }
    }
    return text.toString();
  }
}
