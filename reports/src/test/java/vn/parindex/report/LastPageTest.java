package vn.parindex.report;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The end of a table that spans pages: whatever the number of rows, every page says "Trang i/N"
 * (never "null"), and the signature block with its name line stands on the page of the last row.
 * Each case renders a whole range of row counts, so that one of them puts the last row at the very
 * foot of a page, where the signature used to fall alone onto a page of its own.
 */
class LastPageTest {

  private static final Locale VI = Locale.forLanguageTag("vi");
  private static final String NAME_LINE = "…………";

  @Test
  void theOfficeScorecardKeepsItsSignatureWithTheLastRowsAndCountsItsPages() throws IOException {
    int spanning =
        checkRange(20, 40, n -> officeCard(n, null), "Cộng điểm của phòng", "TRƯỞNG PHÒNG");
    assertTrue(spanning > 0, "no row count in the range spans two pages");
  }

  @Test
  void theUnitScorecardKeepsItsSignatureWithTheLastRowsAndCountsItsPages() throws IOException {
    int spanning = checkRange(20, 44, n -> unitCard(n), "Tổng cộng", "PHÓ CHỦ TỊCH");
    assertTrue(spanning > 0, "no row count in the range spans two pages");
  }

  @Test
  void aKnownSignerIsPrintedByNameInsteadOfTheDottedLine() throws IOException {
    byte[] pdf = officeCard(30, "Nguyễn Văn An");
    try (PDDocument document = PdfText.open(pdf)) {
      String last = PdfText.page(document, document.getNumberOfPages());
      assertTrue(last.contains("TRƯỞNG PHÒNG Nguyễn Văn An"), last);
      assertFalse(last.contains(NAME_LINE), last);
    }
  }

  /** Renders every row count from {@code from} to {@code to}; returns how many spanned pages. */
  private static int checkRange(
      int from, int to, IntFunction<byte[]> render, String totalLabel, String signerTitle)
      throws IOException {
    int spanning = 0;
    for (int n = from; n <= to; n++) {
      try (PDDocument document = PdfText.open(render.apply(n))) {
        int pages = document.getNumberOfPages();
        if (pages > 1) {
          spanning++;
        }
        String all = PdfText.all(document);
        String last = PdfText.page(document, pages);
        String rows = n + " rows: ";
        List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
        checks.add(() -> assertFalse(all.contains("null"), rows + all));
        for (int page = 1; page <= pages; page++) {
          String text = PdfText.page(document, page);
          String footer = "Trang " + page + "/" + pages;
          checks.add(() -> assertTrue(text.endsWith(footer), rows + footer + " in " + text));
        }
        String lastRow = "Tiêu chí số " + n + " ";
        checks.add(() -> assertTrue(last.contains(lastRow), rows + "last row not on " + last));
        checks.add(() -> assertTrue(last.contains(totalLabel), rows + last));
        checks.add(
            () ->
                assertTrue(
                    last.contains(signerTitle + " " + NAME_LINE), rows + "name line " + last));
        assertAll(checks);
      }
    }
    return spanning;
  }

  private static byte[] officeCard(int n, String signer) {
    List<OfficeScorecardRow> rows = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      rows.add(
          new OfficeScorecardRow(
              Integer.toString(i),
              "9." + i,
              "Tiêu chí số " + i + " của phòng",
              RowLevel.CRITERION,
              BigDecimal.ONE,
              "Đạt",
              BigDecimal.ONE,
              null,
              "Giải trình " + i,
              "Đã gửi"));
    }
    OfficeScorecard card =
        new OfficeScorecard(
            "UBND HUYỆN AN LÃO",
            "PHÒNG TƯ PHÁP",
            "BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CỦA PHÒNG TƯ PHÁP",
            null,
            "An Lão",
            LocalDate.of(2026, 11, 28),
            "TRƯỞNG PHÒNG",
            signer,
            null,
            rows,
            new BigDecimal(n),
            new BigDecimal(n));
    return new OfficeScorecardReport().render(card, ReportFormat.PDF, VI);
  }

  private static byte[] unitCard(int n) {
    List<ScorecardRow> rows = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      rows.add(
          new ScorecardRow(
              Integer.toString(i),
              "9." + i,
              "Tiêu chí số " + i + " của đơn vị",
              RowLevel.CRITERION,
              BigDecimal.ONE,
              BigDecimal.ONE,
              null,
              null,
              null));
    }
    Scorecard card =
        new Scorecard(
            "UBND TỈNH BÌNH ĐỊNH",
            "UBND HUYỆN AN LÃO",
            "BIỂU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023",
            null,
            "An Lão",
            LocalDate.of(2026, 11, 28),
            "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
            null,
            null,
            rows,
            new BigDecimal(n),
            new BigDecimal(n),
            List.of());
    return new ScorecardReport().render(card, ReportFormat.PDF, VI);
  }
}
