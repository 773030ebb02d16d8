package vn.parindex.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReportFormatTest {

  @Test
  void findsTheFormatOfAnExtensionWhateverItsCaseOrDot() {
    assertEquals(ReportFormat.PDF, ReportFormat.fromExtension("pdf"));
    assertEquals(ReportFormat.XLSX, ReportFormat.fromExtension(".XLSX"));
    assertEquals(ReportFormat.DOCX, ReportFormat.fromExtension(" docx "));
  }

  @Test
  void rejectsAnUnknownExtension() {
    assertThrows(IllegalArgumentException.class, () -> ReportFormat.fromExtension("odt"));
    assertThrows(IllegalArgumentException.class, () -> ReportFormat.fromExtension(null));
  }

  @Test
  void servesEachFormatWithItsMimeType() {
    assertEquals("application/pdf", ReportFormat.PDF.contentType());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ReportFormat.DOCX.contentType());
    assertEquals("xlsx", ReportFormat.XLSX.extension());
  }
}
