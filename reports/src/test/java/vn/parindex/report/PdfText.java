package vn.parindex.report;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
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
  static String normalise(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
