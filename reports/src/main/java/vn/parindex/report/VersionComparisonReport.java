package vn.parindex.report;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders the comparison of two versions of the index (So sánh hai phiên bản bộ chỉ số), the
 * working document of the meeting that approves a revision: A4 landscape, the official header, a
 * count of each kind of change and one table row per changed criterion (per criterion when the
 * sheet includes the unchanged ones). Stateless and thread-safe: one instance can serve every
 * request.
 */
public final class VersionComparisonReport {

  private static final String TEMPLATE = "version-comparison.jasper";

  /**
   * Writes the comparison to {@code out}, which is left open.
   *
   * @param locale the language of the labels and numbers; {@code null} means Vietnamese
   * @throws ReportRenderingException when the report cannot be filled or exported
   */
  public void render(
      VersionComparisonSheet sheet, ReportFormat format, Locale locale, OutputStream out) {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    Locale language = ReportRendering.languageOf(locale);
    var labels = ScorecardParameters.labels(language);
    ReportRendering.render(
        TEMPLATE,
        VersionComparisonParameters.of(sheet, language),
        new VersionComparisonDataSource(sheet.printedRows(), labels),
        format,
        new ReportExporters.DocumentInfo(
            VersionComparisonParameters.title(sheet, labels), sheet.issuingBody(), language),
        out,
        "the version comparison");
  }

  /** The comparison as bytes, e.g. for a download or a mail attachment. */
  public byte[] render(VersionComparisonSheet sheet, ReportFormat format, Locale locale) {
    return ReportRendering.toBytes(out -> render(sheet, format, locale, out));
  }
}
