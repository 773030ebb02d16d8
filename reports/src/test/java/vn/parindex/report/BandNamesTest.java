package vn.parindex.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * A band is named by the index's data in Vietnamese; a document printed in English names it in
 * English, and never shows the Vietnamese name.
 */
class BandNamesTest {
  private static final Locale VI = Locale.forLanguageTag("vi");

  @Test
  void theBandsOfTheIndexesAreTranslatedInEnglishAndKeptInVietnamese() {
    assertEquals("Good", BandNames.inLanguage("Tốt", Locale.ENGLISH));
    assertEquals("Fair", BandNames.inLanguage("Khá", Locale.ENGLISH));
    assertEquals("Average", BandNames.inLanguage("Trung bình", Locale.ENGLISH));
    assertEquals("Weak", BandNames.inLanguage("Yếu", Locale.ENGLISH));
    assertEquals("Trung bình", BandNames.inLanguage("Trung bình", VI));
    assertEquals("Nhóm A", BandNames.inLanguage("Nhóm A", Locale.ENGLISH));
    assertNull(BandNames.inLanguage(null, Locale.ENGLISH));
  }

  @Test
  void theSelfAssessmentReportInEnglishNamesTheBandInEnglish() throws IOException {
    byte[] pdf =
        new SelfAssessmentResultReport()
            .render(SelfAssessmentResultReportTest.anLao(null), ReportFormat.PDF, Locale.ENGLISH);
    try (PDDocument document = PdfText.open(pdf)) {
      String text = PdfText.all(document);
      assertTrue(text.contains("Band Average (provisional)"), text);
      assertFalse(text.contains("Trung bình"), text);
    }
  }

  @Test
  void theAnnouncementInEnglishNamesTheBandsInEnglish() throws IOException {
    byte[] pdf =
        new AnnouncementReport()
            .render(AnnouncementReportTest.giaLai(null, null), ReportFormat.PDF, Locale.ENGLISH);
    try (PDDocument document = PdfText.open(pdf)) {
      String text = PdfText.all(document);
      assertTrue(text.contains("Good"), text);
      assertTrue(text.contains("Fair"), text);
      assertFalse(text.contains(" Tốt"), text);
      assertFalse(text.contains(" Khá"), text);
    }
  }
}
