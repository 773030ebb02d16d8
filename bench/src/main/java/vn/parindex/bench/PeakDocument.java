package vn.parindex.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The supporting document the load benchmark uploads: a real PDF of text pages, uncompressed so
 * that it reaches the size of a typical scanned report's text layer (the upload checks read it as
 * the server would read any office's file).
 */
final class PeakDocument {
  private static final int LINES_PER_PAGE = 60;

  private PeakDocument() {}

  static void write(Path file, int bytes) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      int line = 0;
      while (line * 80 < bytes) {
        PDPage page = new PDPage();
        document.addPage(page);
        try (PDPageContentStream text =
            new PDPageContentStream(
                document, page, PDPageContentStream.AppendMode.OVERWRITE, false)) {
          text.beginText();
          text.setFont(font, 9);
          text.newLineAtOffset(40, 760);
          for (int i = 0; i < LINES_PER_PAGE; i++, line++) {
            text.showText("Bao cao ket qua thuc hien nhiem vu cai cach hanh chinh, dong " + line);
            text.newLineAtOffset(0, -12);
          }
          text.endText();
        }
      }
      document.save(file.toFile());
    }
  }
}
