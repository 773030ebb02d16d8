package vn.parindex.report;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Renders the official self-assessment scorecard (Biểu tự đánh giá, chấm điểm) of one assessed
 * unit. Stateless and thread-safe: one instance can serve every request.
 */
public final class ScorecardReport {

  private static final String TEMPLATE = "scorecard.jasper";
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /**
   * Writes the scorecard to {@code out}, which is left open.
   *
   * @param locale the language of the labels and numbers; {@code null} means Vietnamese
   * @throws ReportRenderingException when the report cannot be filled or exported
   */
  public void render(Scorecard card, ReportFormat format, Locale locale, OutputStream out) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    Locale language = locale == null ? VIETNAMESE : locale;
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    // JasperReports finds its extensions (our embedded font) and defines the report's expression
    // classes through the context loader; on WildFly that loader belongs to the calling module and
    // may not see this jar, so for the time of the rendering it is the loader of this library.
    thread.setContextClassLoader(ScorecardReport.class.getClassLoader());
    try {
      JasperPrint print =
          JasperFillManager.fillReport(
              CompiledTemplates.get(TEMPLATE),
              ScorecardParameters.of(card, language),
              new ScorecardDataSource(card.rows()));
      ReportExporters.export(
          print,
          format,
          new ReportExporters.DocumentInfo(card.title(), card.issuingBody(), language),
          out);
    } catch (JRException e) {
      throw new ReportRenderingException("Cannot render the scorecard as " + format, e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** The scorecard as bytes, e.g. for a download or a mail attachment. */
  public byte[] render(Scorecard card, ReportFormat format, Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    render(card, format, locale, out);
    return out.toByteArray();
  }
}
