package vn.parindex.report;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders the official self-assessment scorecard (Biểu tự đánh giá, chấm điểm) of one assessed
 * unit. Stateless and thread-safe: one instance can serve every request.
 */
public final class ScorecardReport {

  private static final String TEMPLATE = "scorecard.jasper";

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
    Locale language = ReportRendering.languageOf(locale);
    ReportRendering.render(
        TEMPLATE,
        ScorecardParameters.of(card, language),
        new ScorecardDataSource(card.rows()),
        format,
        new ReportExporters.DocumentInfo(card.title(), card.issuingBody(), language),
        out,
        "the scorecard");
  }

  /** The scorecard as bytes, e.g. for a download or a mail attachment. */
  public byte[] render(Scorecard card, ReportFormat format, Locale locale) {
    return ReportRendering.toBytes(out -> render(card, format, locale, out));
  }
}
