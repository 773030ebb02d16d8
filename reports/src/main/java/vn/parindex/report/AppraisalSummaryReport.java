package vn.parindex.report;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JRParameter;

/**
 * Renders a unit's appraisal summary (bảng tổng hợp kết quả thẩm định): A4 landscape for its ten
 * columns, the official header, the table header on every page, the totals, and the signatures of
 * the support team and the council chair. PDF to sign, DOCX to edit, XLSX to compute. Stateless and
 * thread-safe.
 */
public final class AppraisalSummaryReport {

  private static final String TEMPLATE = "appraisal-summary.jasper";

  /**
   * Writes the summary to {@code out}, which is left open.
   *
   * @param locale the language of the labels and numbers; {@code null} means Vietnamese
   * @throws ReportRenderingException when the report cannot be filled or exported
   */
  public void render(
      AppraisalSummary summary, ReportFormat format, Locale locale, OutputStream out) {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    Locale language = ReportRendering.languageOf(locale);
    ReportRendering.render(
        TEMPLATE,
        parameters(summary, language),
        new RowDataSource<>(summary.rows(), AppraisalSummaryRow::field),
        format,
        new ReportExporters.DocumentInfo(
            summary.title().replace('\n', ' '), summary.issuingBody().replace('\n', ' '), language),
        out,
        "the appraisal summary");
  }

  /** The summary as bytes, for a download. */
  public byte[] render(AppraisalSummary summary, ReportFormat format, Locale locale) {
    return ReportRendering.toBytes(out -> render(summary, format, locale, out));
  }

  private static Map<String, Object> parameters(AppraisalSummary summary, Locale locale) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, locale);
    parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, ScorecardParameters.labels(locale));
    parameters.put("SUPERIOR_BODY", summary.superiorBody());
    parameters.put("ISSUING_BODY", summary.issuingBody());
    parameters.put("TITLE", summary.title());
    parameters.put("SUBTITLE", summary.subtitle());
    parameters.put("PLACE", summary.place());
    ScorecardParameters.putDate(parameters, summary.date());
    parameters.put("LEFT_SIGNER_TITLE", summary.supportTeam().title());
    parameters.put("LEFT_SIGNER_NAME", summary.supportTeam().name());
    parameters.put("RIGHT_SIGNER_TITLE", summary.chair().title());
    parameters.put("RIGHT_SIGNER_NAME", summary.chair().name());
    parameters.put("FOOTNOTE", summary.footnote());
    parameters.put("TOTAL_MAX", summary.totalMax());
    parameters.put("TOTAL_SELF", summary.totalSelf());
    parameters.put("TOTAL_ROUND_ONE", summary.totalRoundOne());
    parameters.put("TOTAL_ROUND_TWO", summary.totalRoundTwo());
    parameters.put("TOTAL_FINAL", summary.printedTotal());
    parameters.put("TOTAL_DIFFERENCE", summary.printedTotal().subtract(summary.totalSelf()));
    parameters.put("TOTAL_NOTE", summary.totalNote());
    parameters.put("ROUNDS", summary.rounds());
    return parameters;
  }
}
