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
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The draft decision announcing an illustrative province's 2025 results: two blocks with different
 * numbers of areas, the decision's layout in PDF and DOCX, the annexes alone in XLSX.
 */
class AnnouncementReportTest {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static byte[] pdf;
  private static byte[] docx;
  private static byte[] xlsx;

  @BeforeAll
  static void render() throws IOException {
    AnnouncementReport report = new AnnouncementReport();
    pdf = report.render(giaLai(null, null), ReportFormat.PDF, VI);
    docx = report.render(giaLai(null, null), ReportFormat.DOCX, VI);
    xlsx = report.render(giaLai(null, null), ReportFormat.XLSX, VI);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "sample-announcement.pdf"), pdf);
    Files.write(Path.of("target", "sample-announcement.docx"), docx);
    Files.write(Path.of("target", "sample-announcement-annex.xlsx"), xlsx);
  }

  static Announcement giaLai(String number, LocalDate date) {
    return new Announcement(
        "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI",
        "ỦY BAN NHÂN DÂN TỈNH GIA LAI",
        "Ủy ban nhân dân tỉnh Gia Lai",
        "QĐ-UBND",
        number,
        "Gia Lai",
        date,
        2025,
        "các sở, ban, ngành và Ủy ban nhân dân các xã, phường",
        List.of(
            "Căn cứ Quyết định số 2156/QĐ-UBND ngày 09/10/2025 của Ủy ban nhân dân tỉnh Gia Lai"
                + " ban hành Bộ chỉ số cải cách hành chính;"),
        "Giám đốc Sở Nội vụ",
        "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban,"
            + " ngành, Chủ tịch Ủy ban nhân dân các xã, phường",
        "Sở Nội vụ",
        List.of("Như Điều 3", "Chủ tịch, các PCT UBND tỉnh"),
        new Signer("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", null),
        List.of(departments(), communes()),
        "Số liệu minh họa.");
  }

  static AnnouncementBlock departments() {
    List<AnnouncementBlock.Area> areas = new ArrayList<>();
    for (int a = 1; a <= 8; a++) {
      areas.add(
          new AnnouncementBlock.Area(String.valueOf(a), "Lĩnh vực " + a, new BigDecimal("10")));
    }
    return new AnnouncementBlock(
        "các sở, ban, ngành",
        areas,
        new BigDecimal("100"),
        List.of(
            row("Sở Tư pháp", "9.5", "88.75", "88.75", 1, "Tốt"),
            row("Sở Tài chính", "9", "84.5", "84.5", 2, "Khá")));
  }

  static AnnouncementRow row(
      String unit, String area, String total, String percent, int rank, String band) {
    List<BigDecimal> points = new ArrayList<>();
    for (int a = 0; a < 8; a++) {
      points.add(new BigDecimal(area));
    }
    return new AnnouncementRow(
        unit,
        points,
        new BigDecimal("12.25"),
        new BigDecimal("1"),
        new BigDecimal("0.5"),
        new BigDecimal(total),
        new BigDecimal(percent),
        rank,
        band);
  }

  static AnnouncementBlock communes() {
    return new AnnouncementBlock(
        "các xã, phường",
        List.of(
            new AnnouncementBlock.Area("1", "Chỉ đạo, điều hành", new BigDecimal("20")),
            new AnnouncementBlock.Area("2", "Thủ tục hành chính", new BigDecimal("30"))),
        new BigDecimal("60"),
        List.of(
            new AnnouncementRow(
                "Ủy ban nhân dân xã Ia Grai",
                List.of(new BigDecimal("18.5"), new BigDecimal("27")),
                new BigDecimal("8"),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                new BigDecimal("53.5"),
                new BigDecimal("89.17"),
                1,
                "Khá")));
  }

  @Test
  void theDecisionHasTheDecree30Layout() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String first = PdfText.page(document, 1);
      String all = PdfText.all(document);
      assertAll(
          () -> assertTrue(first.contains("ỦY BAN NHÂN DÂN TỈNH GIA LAI"), first),
          () -> assertTrue(first.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), first),
          () -> assertTrue(first.contains("Độc lập – Tự do – Hạnh phúc"), first),
          () -> assertTrue(first.contains("Số: /QĐ-UBND"), first),
          () -> assertTrue(first.contains("Gia Lai, ngày tháng năm 20…"), first),
          () -> assertTrue(first.contains("QUYẾT ĐỊNH"), first),
          () ->
              assertTrue(
                  first.contains(
                      "Về việc công bố kết quả Chỉ số cải cách hành chính năm 2025 của các sở,"),
                  first),
          () -> assertTrue(all.contains("Căn cứ Luật Tổ chức chính quyền địa phương"), all),
          () -> assertTrue(all.contains("Căn cứ Quyết định số 2156/QĐ-UBND"), all),
          () -> assertTrue(all.contains("Theo đề nghị của Giám đốc Sở Nội vụ."), all),
          () -> assertTrue(all.contains("QUYẾT ĐỊNH:"), all),
          () -> assertTrue(all.contains("Điều 1. Công bố kết quả"), all),
          () -> assertTrue(all.contains("các Phụ lục kèm theo"), all),
          () -> assertTrue(all.contains("Điều 2."), all),
          () -> assertTrue(all.contains("kế hoạch khắc phục trong năm 2026"), all),
          () -> assertTrue(all.contains("Điều 3."), all),
          () -> assertTrue(all.contains("Nơi nhận:"), all),
          () -> assertTrue(all.contains("- Như Điều 3;"), all),
          () -> assertTrue(all.contains("KT. CHỦ TỊCH"), all),
          () -> assertTrue(all.contains("PHÓ CHỦ TỊCH"), all));
    }
  }

  @Test
  void eachBlockHasItsAnnexOnLandscapePages() throws IOException {
    try (PDDocument document = PdfText.open(pdf)) {
      String all = PdfText.all(document);
      int pages = document.getNumberOfPages();
      assertTrue(pages >= 3, "decision + two annexes: " + pages);
      assertEquals(1, pages - 2, "the decision fits on one page");
      // the PDF exporter prints a landscape page as an upright A4 page turned by 90 degrees
      assertEquals(0, document.getPage(0).getRotation());
      assertEquals(90, document.getPage(pages - 1).getRotation());
      assertAll(
          () -> assertTrue(all.contains("Phụ lục I"), all),
          () -> assertTrue(all.contains("Phụ lục II"), all),
          () ->
              assertTrue(
                  all.contains("KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA CÁC XÃ, PHƯỜNG"),
                  all),
          () -> assertTrue(all.contains("Kèm theo Quyết định số /QĐ-UBND"), all),
          () -> assertTrue(all.contains("Điều tra xã hội học"), all),
          () -> assertTrue(all.contains("Xếp hạng"), all),
          () -> assertTrue(all.contains("Xếp loại"), all),
          // Vietnamese numbers: a decimal comma
          () -> assertTrue(all.contains("88,75"), all),
          () -> assertTrue(all.contains("53,5"), all),
          () -> assertTrue(all.contains("Ủy ban nhân dân xã Ia Grai"), all));
    }
  }

  @Test
  void theDocxHoldsTheDecisionAndTheAnnexesToEdit() throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      String text = extractor.getText().replaceAll("\\s+", " ");
      assertAll(
          () -> assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text),
          () -> assertTrue(text.contains("Số:"), text),
          () -> assertTrue(text.contains("Căn cứ"), text),
          () -> assertTrue(text.contains("Điều 1."), text),
          () -> assertTrue(text.contains("Điều 2."), text),
          () -> assertTrue(text.contains("Điều 3."), text),
          () -> assertTrue(text.contains("Nơi nhận:"), text),
          () -> assertTrue(text.contains("KT. CHỦ TỊCH"), text),
          () -> assertTrue(text.contains("PHÓ CHỦ TỊCH"), text),
          () -> assertTrue(text.contains("Phụ lục II"), text),
          () -> assertTrue(text.contains("Sở Tư pháp"), text),
          () -> assertTrue(text.contains("88,75"), text));
    }
  }

  @Test
  void theXlsxHoldsTheAnnexesAloneWithNumbersAsNumbers() throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = book.getSheetAt(0);
      StringBuilder text = new StringBuilder();
      List<Double> numbers = new ArrayList<>();
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.NUMERIC) {
            numbers.add(cell.getNumericCellValue());
          } else if (cell.getCellType() == CellType.STRING) {
            text.append(cell.getStringCellValue()).append(' ');
          }
        }
      }
      String all = text.toString().replaceAll("\\s+", " ");
      assertAll(
          () -> assertTrue(!all.contains("Điều 1."), "the decision is not in the annex: " + all),
          () -> assertTrue(all.contains("Phụ lục I"), all),
          () -> assertTrue(all.contains("Sở Tư pháp"), all),
          () -> assertTrue(numbers.contains(88.75), numbers.toString()),
          () -> assertTrue(numbers.contains(53.5), numbers.toString()),
          () -> assertTrue(numbers.contains(89.17), numbers.toString()));
    }
  }

  @Test
  void aNumberAndDateGivenArePrinted() throws IOException {
    byte[] signed =
        new AnnouncementReport()
            .render(giaLai("15", LocalDate.of(2026, 1, 8)), ReportFormat.PDF, VI);
    try (PDDocument document = PdfText.open(signed)) {
      String all = PdfText.all(document);
      assertAll(
          () -> assertTrue(all.contains("Số: 15/QĐ-UBND"), all),
          () -> assertTrue(all.contains("Gia Lai, ngày 08 tháng 01 năm 2026"), all),
          () -> assertTrue(all.contains("Kèm theo Quyết định số 15/QĐ-UBND ngày 08/01/2026"), all));
    }
  }
}
