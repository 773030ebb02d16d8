package vn.parindex.report;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.ooxml.JRDocxExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.Exporter;
import net.sf.jasperreports.export.ExporterConfiguration;
import net.sf.jasperreports.export.ExporterInput;
import net.sf.jasperreports.export.OutputStreamExporterOutput;
import net.sf.jasperreports.export.ReportExportConfiguration;
import net.sf.jasperreports.export.SimpleDocxExporterConfiguration;
import net.sf.jasperreports.export.SimpleDocxReportConfiguration;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxExporterConfiguration;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;

/**
 * One exporter per format, each built the same way: the filled print as input, a report
 * configuration (how pages are laid out), an exporter configuration (document metadata) and the
 * caller's stream as output.
 */
final class ReportExporters {

  /** What the document says about itself in its metadata. */
  record DocumentInfo(String title, String author, Locale locale) {}

  private static final String CREATOR = "PAR Index";

  private ReportExporters() {}

  static void export(JasperPrint print, ReportFormat format, DocumentInfo info, OutputStream out)
      throws JRException {
    export(List.of(print), format, info, out);
  }

  /** Several prints as one document, one after the other, each with its own page format. */
  static void export(
      List<JasperPrint> prints, ReportFormat format, DocumentInfo info, OutputStream out)
      throws JRException {
    switch (format) {
      case PDF -> pdf(prints, info, out);
      case XLSX -> xlsx(prints, info, out);
      case DOCX -> docx(prints, info, out);
    }
  }

  private static void pdf(List<JasperPrint> prints, DocumentInfo info, OutputStream out)
      throws JRException {
    SimplePdfExporterConfiguration document = new SimplePdfExporterConfiguration();
    document.setMetadataTitle(info.title());
    document.setMetadataAuthor(info.author());
    document.setMetadataCreator(CREATOR);
    document.setDisplayMetadataTitle(true);
    // the language tag lets screen readers and search pick Vietnamese rules (/Lang in the catalog)
    document.setTagged(true);
    document.setTagLanguage(info.locale().toLanguageTag());
    run(new JRPdfExporter(), new SimplePdfReportConfiguration(), document, prints, out);
  }

  private static void xlsx(List<JasperPrint> prints, DocumentInfo info, OutputStream out)
      throws JRException {
    SimpleXlsxReportConfiguration layout = new SimpleXlsxReportConfiguration();
    // one sheet for the whole table; numbers stay numbers so that the sheet can be summed
    layout.setOnePagePerSheet(false);
    layout.setDetectCellType(true);
    layout.setRemoveEmptySpaceBetweenRows(true);
    layout.setWhitePageBackground(false);
    // the rules under the header would be drawings floating over the cells
    layout.setIgnoreGraphics(true);
    // the left page margin would be an empty first column
    layout.setOffsetX(prints.get(0).getLeftMargin() == null ? 0 : -prints.get(0).getLeftMargin());
    layout.setSheetNames(new String[] {sheetName(info.title())});
    SimpleXlsxExporterConfiguration document = new SimpleXlsxExporterConfiguration();
    document.setMetadataTitle(info.title());
    document.setMetadataAuthor(info.author());
    document.setMetadataApplication(CREATOR);
    run(new JRXlsxExporter(), layout, document, prints, out);
  }

  private static void docx(List<JasperPrint> prints, DocumentInfo info, OutputStream out)
      throws JRException {
    SimpleDocxReportConfiguration layout = new SimpleDocxReportConfiguration();
    // rows may grow when Word's line breaking differs from ours, rather than clip long names
    layout.setFlexibleRowHeight(true);
    SimpleDocxExporterConfiguration document = new SimpleDocxExporterConfiguration();
    document.setMetadataTitle(info.title());
    document.setMetadataAuthor(info.author());
    document.setMetadataApplication(CREATOR);
    run(new JRDocxExporter(), layout, document, prints, out);
  }

  private static <R extends ReportExportConfiguration, C extends ExporterConfiguration> void run(
      Exporter<ExporterInput, R, C, OutputStreamExporterOutput> exporter,
      R layout,
      C document,
      List<JasperPrint> prints,
      OutputStream out)
      throws JRException {
    exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
    exporter.setConfiguration(layout);
    exporter.setConfiguration(document);
    exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
    exporter.exportReport();
  }

  /** Excel refuses sheet names longer than 31 characters or containing []:*?/\ . */
  private static String sheetName(String title) {
    String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
    return name.length() > 31 ? name.substring(0, 31).strip() : name;
  }
}
