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
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sở Tư pháp's worksheet for area 2 of two illustrative communes: one criterion lowered with a
 * reason, one not decided yet (blank, counted at the unit's own score in the subtotals).
 */
class AppraiserWorksheetReportTest {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static byte[] pdf;

  @BeforeAll
  static void render() throws IOException {
    pdf = new AppraiserWorksheetReport().render(soTuPhap(), ReportFormat.PDF, VI);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "sample-appraiser-worksheet.pdf"), pdf);
  }

  /** Ia Grai: max 3.5, self 2.5, standing 2; Chư Păh: max 3.5, self 3, standing 3. */
  static AppraiserWorksheet soTuPhap() {
    return new AppraiserWorksheet(
        "UBND TỈNH GIA LAI",
        "SỞ TƯ PHÁP",
        "PHIẾU THẨM ĐỊNH CHỈ SỐ CCHC NĂM 2025",
        "Lĩnh vực 2 – Khối xã, phường – vòng 1",
        "Gia Lai",
        LocalDate.of(2026, 1, 15),
        List.of(
            new AppraiserWorksheet.Unit(
                "UBND xã Ia Grai",
                List.of(
                    line("2.1", "Rà soát văn bản QPPL", "1.5", "1", "0.5", "Thiếu báo cáo rà soát"),
                    line("2.2", "Theo dõi thi hành pháp luật", "2", "1.5", "1.5", null))),
            new AppraiserWorksheet.Unit(
                "UBND xã Chư Păh",
                List.of(
                    line("2.1", "Rà soát văn bản QPPL", "1.5", "1.5", "1.5", null),
                    line("2.2", "Theo dõi thi hành pháp luật", "2", "1.5", null, null)))),
        new Signer("GIÁM ĐỐC", "Phạm Thị Dung"));
  }

  static AppraiserWorksheet.Line line(
      String code, String name, String max, String self, String appraised, String reason) {
    return new AppraiserWorksheet.Line(
        code,
        name,
        false,
        new BigDecimal(max),
        new BigDecimal(self),
        appraised == null ? null : new BigDecimal(appraised),
        reason);
  }

  @Test
  void printsTheDepartmentAsIssuerAndEveryUnitsCriteria() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String text = PdfText.all(document);
      assertAll(
          () -> assertTrue(text.contains("SỞ TƯ PHÁP"), text),
          () -> assertTrue(text.contains("PHIẾU THẨM ĐỊNH CHỈ SỐ CCHC NĂM 2025"), text),
          () -> assertTrue(text.contains("Lĩnh vực 2 – Khối xã, phường – vòng 1"), text),
          () ->
              assertTrue(
                  text.contains(
                      "1 UBND xã Ia Grai 2.1 Rà soát văn bản QPPL 1,5 1 0,5 Thiếu báo cáo rà soát"),
                  text),
          () ->
              assertTrue(
                  text.contains("2 UBND xã Chư Păh 2.2 Theo dõi thi hành pháp luật 2 1,5"), text));
    }
  }

  @Test
  void closesEachUnitWithItsSubtotalAndTheSheetWithTheTotal() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String text = PdfText.all(document);
      assertAll(
          () -> assertTrue(text.contains("UBND xã Ia Grai Cộng 3,5 2,5 2"), text),
          () -> assertTrue(text.contains("UBND xã Chư Păh Cộng 3,5 3 3"), text),
          () -> assertTrue(text.contains("Tổng cộng 7 5,5 5"), text),
          () -> assertTrue(text.contains("GIÁM ĐỐC"), text),
          () -> assertTrue(text.contains("Phạm Thị Dung"), text));
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
  void theSpreadsheetCarriesTheUnitOnEveryLineAndLeavesUndecidedScoresBlank() throws IOException {
    byte[] xlsx = new AppraiserWorksheetReport().render(soTuPhap(), ReportFormat.XLSX, VI);
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      int chuPahLines = 0;
      for (Row row : workbook.getSheetAt(0)) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING
              && cell.getStringCellValue().equals("UBND xã Chư Păh")) {
            chuPahLines++;
          }
        }
      }
      assertEquals(3, chuPahLines, "two criteria and the subtotal");
      assertEquals(
          List.of(new BigDecimal("7"), new BigDecimal("5.5"), new BigDecimal("5")),
          AppraisalSummaryReportTest.numbersOfRow(workbook, "Tổng cộng"));
      // the Chư Păh 2.2 line: max and self only, the appraised cell left to fill in
      boolean found = false;
      for (Row row : workbook.getSheetAt(0)) {
        List<String> strings = new java.util.ArrayList<>();
        List<BigDecimal> numbers = new java.util.ArrayList<>();
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            strings.add(cell.getStringCellValue());
          } else if (cell.getCellType() == CellType.NUMERIC) {
            numbers.add(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros());
          }
        }
        if (strings.contains("UBND xã Chư Păh") && strings.contains("2.2")) {
          found = true;
          assertEquals(List.of(new BigDecimal("2"), new BigDecimal("1.5")), numbers);
        }
      }
      assertTrue(found, "no line 2.2 of Chư Păh");
    }
  }
}
