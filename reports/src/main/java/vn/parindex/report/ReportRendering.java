package vn.parindex.report;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * What every report of this library does to be printed: fill a template compiled at build time
 * ({@link CompiledTemplates}) and hand the print to the exporter of the format ({@link
 * ReportExporters}), with this library's class loader as the thread's context loader meanwhile.
 */
final class ReportRendering {

  private ReportRendering() {}

  /**
   * Fills {@code template} and writes it to {@code out}, which is left open.
   *
   * @param what names the document in the error message, e.g. "the scorecard"
   * @throws ReportRenderingException when the report cannot be filled or exported
   */
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  /** The language a report prints in: Vietnamese unless the caller asked for another. */
  static Locale languageOf(Locale requested) {
    return requested == null ? VIETNAMESE : requested;
  }

  /** What a writer renders, as bytes, for a download or a mail attachment. */
  static byte[] toBytes(Consumer<OutputStream> writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    writer.accept(out);
    return out.toByteArray();
  }

  /** One report of a document made of several, e.g. a decision and its landscape annexes. */
  record Part(String template, Map<String, Object> parameters, JRDataSource rows) {}

  /**
   * Fills every part and exports them one after the other into one document, each keeping its own
   * page size and orientation.
   */
  static void render(
      List<Part> parts,
      ReportFormat format,
      ReportExporters.DocumentInfo info,
      OutputStream out,
      String what) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    // as below: JasperReports must find our font extension and define the expression classes
    thread.setContextClassLoader(ReportRendering.class.getClassLoader());
    try {
      List<JasperPrint> prints = new ArrayList<>();
      for (Part part : parts) {
        prints.add(
            JasperFillManager.fillReport(
                CompiledTemplates.get(part.template()), part.parameters(), part.rows()));
      }
      ReportExporters.export(prints, format, info, out);
    } catch (JRException e) {
      throw new ReportRenderingException("Cannot render " + what + " as " + format, e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  static void render(
      String template,
      Map<String, Object> parameters,
      JRDataSource rows,
      ReportFormat format,
      ReportExporters.DocumentInfo info,
      OutputStream out,
      String what) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    // JasperReports finds its extensions (our embedded font) and defines the report's expression
    // classes through the context loader; on WildFly that loader belongs to the calling module and
    // may not see this jar, so for the time of the rendering it is the loader of this library.
    thread.setContextClassLoader(ReportRendering.class.getClassLoader());
    try {
      JasperPrint print =
          JasperFillManager.fillReport(CompiledTemplates.get(template), parameters, rows);
      ReportExporters.export(print, format, info, out);
    } catch (JRException e) {
      throw new ReportRenderingException("Cannot render " + what + " as " + format, e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
