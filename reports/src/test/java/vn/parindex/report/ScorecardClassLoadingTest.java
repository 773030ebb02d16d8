package vn.parindex.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * On WildFly the caller's thread may carry the context loader of another module of the EAR; the
 * report must still find its template, its font and its labels through its own loader.
 */
class ScorecardClassLoadingTest {

  @Test
  void rendersWhenTheCallersContextLoaderCannotSeeThisLibrary() throws IOException {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader blind = new URLClassLoader(new URL[0], null)) {
      thread.setContextClassLoader(blind);
      byte[] pdf =
          new ScorecardReport()
              .render(
                  DemoScorecard.load().scorecard(), ReportFormat.PDF, Locale.forLanguageTag("vi"));
      assertTrue(thread.getContextClassLoader() == blind, "the caller's loader is given back");
      try (PDDocument document = PdfText.open(pdf)) {
        assertTrue(PdfText.page(document, 1).contains("Độc lập – Tự do – Hạnh phúc"));
      }
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
