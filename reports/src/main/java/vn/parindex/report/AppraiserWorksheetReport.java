package vn.parindex.report;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JRParameter;

/**
 * Renders a member department's appraisal worksheet (phiếu thẩm định): A4 landscape, the official
 * header, the table header on every page, a subtotal per unit and the total. XLSX to work in, PDF
 * to sign. Stateless and thread-safe.
 */
public final class AppraiserWorksheetReport {

  private static final String TEMPLATE = "appraiser-worksheet.jasper";

  /**
   * Writes the worksheet to {@code out}, which is left open.
   *
   * @param locale the language of the labels and numbers; {@code null} means Vietnamese
   * @throws ReportRenderingException when the report cannot be filled or exported
   */
  public void render(
      AppraiserWorksheet sheet, ReportFormat format, Locale locale, OutputStream out) {
    Objects.requireNonNull(sheet, "sheet");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    Locale language = ReportRendering.languageOf(locale);
    ReportRendering.render(
        TEMPLATE,
        parameters(sheet, language),
        new RowDataSource<>(sheet.rows(), AppraiserWorksheet.Row::field),
        format,
        new ReportExporters.DocumentInfo(
            sheet.title().replace('\n', ' '), sheet.department().replace('\n', ' '), language),
        out,
        "the appraiser's worksheet");
  }

  /** The worksheet as bytes, for a download. */
  public byte[] render(AppraiserWorksheet sheet, ReportFormat format, Locale locale) {
    return ReportRendering.toBytes(out -> render(sheet, format, locale, out));
  }

  private static Map<String, Object> parameters(AppraiserWorksheet sheet, Locale locale) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, locale);
    parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, ScorecardParameters.labels(locale));
    parameters.put("SUPERIOR_BODY", sheet.superiorBody());
    parameters.put("ISSUING_BODY", sheet.department());
    parameters.put("TITLE", sheet.title());
    parameters.put("SUBTITLE", sheet.subtitle());
    parameters.put("PLACE", sheet.place());
    ScorecardParameters.putDate(parameters, sheet.date());
    parameters.put("SIGNER_TITLE", sheet.signer().title());
    parameters.put("SIGNER_NAME", sheet.signer().name());
    parameters.put("TOTAL_MAX", sheet.totalMax());
    parameters.put("TOTAL_SELF", sheet.totalSelf());
    parameters.put("TOTAL_APPRAISED", sheet.totalStanding());
    return parameters;
  }
}
