package vn.parindex.report;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JRParameter;

/**
 * Renders one office's own scorecard (bảng tự đánh giá, chấm điểm của phòng) for the head of the
 * office to sign: A4 portrait, laid out as Decree 30/2020 wants, the office as the issuing body
 * under its unit. Stateless and thread-safe.
 */
public final class OfficeScorecardReport {

  private static final String TEMPLATE = "office-scorecard.jasper";

  /**
   * Writes the scorecard to {@code out}, which is left open.
   *
   * @param locale the language of the labels and numbers; {@code null} means Vietnamese
   * @throws ReportRenderingException when the report cannot be filled or exported
   */
  public void render(OfficeScorecard card, ReportFormat format, Locale locale, OutputStream out) {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    Locale language = ReportRendering.languageOf(locale);
    ReportRendering.render(
        TEMPLATE,
        parameters(card, language),
        new RowDataSource<>(card.rows(), OfficeScorecardRow::field),
        format,
        new ReportExporters.DocumentInfo(card.title(), card.officeName(), language),
        out,
        "the office scorecard");
  }

  /** The scorecard as bytes, for a download. */
  public byte[] render(OfficeScorecard card, ReportFormat format, Locale locale) {
    return ReportRendering.toBytes(out -> render(card, format, locale, out));
  }

  private static Map<String, Object> parameters(OfficeScorecard card, Locale locale) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, locale);
    parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, ScorecardParameters.labels(locale));
    // the office issues the sheet; its unit stands above it as a ministry stands above a department
    parameters.put("SUPERIOR_BODY", card.issuingBody());
    parameters.put("ISSUING_BODY", card.officeName());
    parameters.put("TITLE", ScorecardParameters.balanced(card.title()));
    parameters.put("SUBTITLE", card.subtitle());
    parameters.put("PLACE", card.place());
    ScorecardParameters.putDate(parameters, card.date());
    parameters.put("SIGNER_TITLE", card.signerTitle());
    parameters.put("SIGNER_NAME", card.signerName());
    parameters.put("FOOTNOTE", card.footnote());
    parameters.put("TOTAL_MAX", card.totalMax());
    parameters.put("TOTAL_POINTS", card.totalPoints());
    return parameters;
  }
}
