package vn.parindex.report;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JRParameter;

/**
 * Renders the year-over-year comparison of a unit's self-assessment: A4 landscape for its columns,
 * the official header, the table header on every page, page numbers. Stateless and thread-safe.
 */
public final class YearOverYearReport {

  private static final String TEMPLATE = "year-over-year.jasper";

  /**
   * Writes the comparison to {@code out}, which is left open.
   *
   * @param locale the language of the labels; {@code null} means Vietnamese
   * @throws ReportRenderingException when the report cannot be filled or exported
   */
  public void render(YearOverYear sheet, ReportFormat format, Locale locale, OutputStream out) {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    Locale language = ReportRendering.languageOf(locale);
    ReportRendering.render(
        TEMPLATE,
        parameters(sheet, language),
        new RowDataSource<>(sheet.rows(), YearOverYearRow::field),
        format,
        new ReportExporters.DocumentInfo(
            sheet.title().replace('\n', ' '), sheet.issuingBody(), language),
        out,
        "the year-over-year comparison");
  }

  /** The comparison as bytes, for a download. */
  public byte[] render(YearOverYear sheet, ReportFormat format, Locale locale) {
    return ReportRendering.toBytes(out -> render(sheet, format, locale, out));
  }

  private static Map<String, Object> parameters(YearOverYear sheet, Locale locale) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, locale);
    parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, ScorecardParameters.labels(locale));
    parameters.put("SUPERIOR_BODY", sheet.superiorBody());
    parameters.put("ISSUING_BODY", sheet.issuingBody());
    parameters.put("TITLE", sheet.title());
    parameters.put("SUBTITLE", sheet.subtitle());
    parameters.put("PLACE", sheet.place());
    ScorecardParameters.putDate(parameters, sheet.date());
    // strings, so that MessageFormat prints 2023 and not 2.023
    parameters.put("PREVIOUS_YEAR", String.valueOf(sheet.previousYear()));
    parameters.put("THIS_YEAR", String.valueOf(sheet.year()));
    parameters.put("SIGNER_TITLE", sheet.signerTitle());
    return parameters;
  }
}
