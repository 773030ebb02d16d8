package vn.parindex.report;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.JRParameter;

/**
 * Renders the evidence index (danh mục tài liệu kiểm chứng) of an assessment, grouped by office: A4
 * portrait, Decree 30/2020 layout, the table header on every page. Stateless and thread-safe.
 */
public final class EvidenceIndexReport {

  private static final String TEMPLATE = "evidence-index.jasper";

  /**
   * Writes the index to {@code out}, which is left open.
   *
   * @param locale the language of the labels; {@code null} means Vietnamese
   * @throws ReportRenderingException when the report cannot be filled or exported
   */
  public void render(EvidenceIndex index, ReportFormat format, Locale locale, OutputStream out) {
    Objects.requireNonNull(index, "index");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    Locale language = ReportRendering.languageOf(locale);
    ReportRendering.render(
        TEMPLATE,
        parameters(index, language),
        new RowDataSource<>(index.rows(), EvidenceIndexRow::field),
        format,
        new ReportExporters.DocumentInfo(index.title(), index.issuingBody(), language),
        out,
        "the evidence index");
  }

  /** The index as bytes, for a download. */
  public byte[] render(EvidenceIndex index, ReportFormat format, Locale locale) {
    return ReportRendering.toBytes(out -> render(index, format, locale, out));
  }

  private static Map<String, Object> parameters(EvidenceIndex index, Locale locale) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, locale);
    parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, ScorecardParameters.labels(locale));
    parameters.put("SUPERIOR_BODY", index.superiorBody());
    parameters.put("ISSUING_BODY", index.issuingBody());
    parameters.put("TITLE", ScorecardParameters.balanced(index.title()));
    parameters.put("SUBTITLE", index.subtitle());
    parameters.put("PLACE", index.place());
    ScorecardParameters.putDate(parameters, index.date());
    parameters.put("SIGNER_TITLE", index.signerTitle());
    parameters.put("COUNT", index.count());
    return parameters;
  }
}
