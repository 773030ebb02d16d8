package vn.parindex.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a rendered PDF back as text with PDFBox, whitespace folded so that wrapped lines match. */
final class PdfText {

  private PdfText() {}

  static PDDocument open(byte[] pdf) throws IOException {
    return Loader.loadPDF(pdf);
  }

  static String all(PDDocument document) throws IOException {
    return normalise(new PDFTextStripper().getText(document));
  }

  static String page(PDDocument document, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return normalise(stripper.getText(document));
  }

  /** Long names wrap inside their cell: compare text with every run of whitespace as one space. */
  /** Every page A4 upright (595 × 842 points), as official documents are printed. */
  static void assertEveryPageA4Portrait(PDDocument document) {
    for (PDPage page : document.getPages()) {
      assertEquals(595, page.getMediaBox().getWidth(), 1);
      assertEquals(842, page.getMediaBox().getHeight(), 1);
    }
  }

  /**
   * Every page A4 across. JasperReports writes a landscape page as an A4 portrait page turned by 90
   * degrees (/Rotate), so that printers feed it as A4: compare the page as it is shown.
   */
  static void assertEveryPageA4Landscape(PDDocument document) {
    for (PDPage page : document.getPages()) {
      boolean turned = page.getRotation() % 180 != 0;
      float width = turned ? page.getMediaBox().getHeight() : page.getMediaBox().getWidth();
      float height = turned ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
      assertEquals(842, width, 1);
      assertEquals(595, height, 1);
    }
  }

  /** Fails unless every font of every page is embedded and none falls back to Helvetica. */
  static void assertFontsEmbeddedLiberationSerif(PDDocument document) throws IOException {
    List<String> fonts = new ArrayList<>();
    for (PDPage page : document.getPages()) {
      for (COSName name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        fonts.add(font.getName());
        assertTrue(font.isEmbedded(), () -> font.getName() + " is not embedded");
        assertFalse(font.getName().contains("Helvetica"), font.getName());
      }
    }
    assertTrue(fonts.stream().anyMatch(f -> f.contains("LiberationSerif")), fonts.toString());
  }

  static String normalise(String text) {
    return text.replaceAll("[\\s\\u00a0]+", " ").strip();
  }
}
