package vn.parindex.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Supporting documents for the tests: small real PDFs, each unique, as an office would upload. */
final class SamplePdf {
  private SamplePdf() {}

  /** A one-page PDF with the text and a random suffix, so that no two files are alike. */
  static byte[] pdf(String text) throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        content.newLineAtOffset(72, 720);
        content.showText(ascii(text) + " " + UUID.randomUUID());
        content.endText();
      }
      document.save(out);
      return out.toByteArray();
    }
  }

  /** Helvetica's encoding has no Vietnamese letters; the text only makes each file unique. */
  private static String ascii(String text) {
    return Normalizer.normalize(text.replace('đ', 'd'), Normalizer.Form.NFD)
        .replaceAll("[^\\x20-\\x7E]", "");
  }
}
