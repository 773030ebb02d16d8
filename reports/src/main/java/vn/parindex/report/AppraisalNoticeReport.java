package vn.parindex.report;

import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.util.JRStringUtil;

/**
 * Renders the notice of a round's appraisal result to a unit (thông báo kết quả thẩm định): A4
 * portrait, laid out as Decree 30/2020 wants, the changed criteria as a table. PDF to sign and
 * send, DOCX to edit before signing. Stateless and thread-safe.
 */
public final class AppraisalNoticeReport {

  private static final String TEMPLATE = "appraisal-notice.jasper";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /**
   * Writes the notice to {@code out}, which is left open.
   *
   * @param locale the language of the labels; {@code null} means Vietnamese
   * @throws ReportRenderingException when the report cannot be filled or exported
   */
  public void render(AppraisalNotice notice, ReportFormat format, Locale locale, OutputStream out) {
    Objects.requireNonNull(notice, "notice");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    Locale language = ReportRendering.languageOf(locale);
    ResourceBundle labels = ScorecardParameters.labels(language);
    ReportRendering.render(
        TEMPLATE,
        parameters(notice, labels, language),
        new RowDataSource<>(notice.changes(), AppraisalNotice.Change::field),
        format,
        new ReportExporters.DocumentInfo(
            labels.getString("notice.type") + " " + notice.subject(),
            notice.issuingBody().replace('\n', ' '),
            language),
        out,
        "the appraisal notice");
  }

  /** The notice as bytes, for a download or a mail attachment. */
  public byte[] render(AppraisalNotice notice, ReportFormat format, Locale locale) {
    return ReportRendering.toBytes(out -> render(notice, format, locale, out));
  }

  private static Map<String, Object> parameters(
      AppraisalNotice notice, ResourceBundle labels, Locale locale) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, locale);
    parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
    parameters.put("SUPERIOR_BODY", notice.superiorBody());
    parameters.put("ISSUING_BODY", notice.issuingBody());
    parameters.put("NUMBER", notice.number());
    parameters.put("SUBJECT", notice.subject());
    parameters.put("PLACE", notice.place());
    ScorecardParameters.putDate(parameters, notice.date());
    parameters.put("ADDRESSEE", notice.addressee() + ".");
    parameters.put("OPENING", opening(notice, labels, locale));
    parameters.put("CLOSING", closing(notice, labels, locale));
    parameters.put("CHANGED", notice.changes().size());
    List<String> copies = new ArrayList<>();
    copies.add(notice.addressee());
    copies.addAll(notice.copies());
    parameters.put("COPIES", AssignmentLetterParameters.copies(copies, labels, locale));
    parameters.put("SIGNER_TITLE", notice.signer().title());
    parameters.put("SIGNER_NAME", notice.signer().name());
    return parameters;
  }

  /** The legal bases and the introduction, one paragraph each, as styled text. */
  static String opening(AppraisalNotice notice, ResourceBundle labels, Locale locale) {
    List<String> paragraphs = new ArrayList<>();
    for (String reference : notice.references()) {
      paragraphs.add(esc(reference.strip()));
    }
    String key = notice.changes().isEmpty() ? "notice.introductionNone" : "notice.introduction";
    paragraphs.add(
        esc(
            format(
                labels,
                locale,
                key,
                notice.appraiser(),
                notice.year(),
                notice.addressee(),
                notice.round(),
                notice.changes().size())));
    return String.join("\n", paragraphs);
  }

  /** The last day to explain (in bold) and the closing request, as styled text. */
  static String closing(AppraisalNotice notice, ResourceBundle labels, Locale locale) {
    List<String> paragraphs = new ArrayList<>();
    if (notice.explanationUntil() != null && !notice.changes().isEmpty()) {
      // the labels are ours and carry no markup; only the values from data need escaping
      paragraphs.add(
          format(
              labels,
              locale,
              "notice.deadline",
              esc(notice.addressee()),
              "<b>" + notice.explanationUntil().format(DAY) + "</b>"));
    }
    paragraphs.add(esc(format(labels, locale, "notice.closing")));
    return String.join("\n", paragraphs);
  }

  private static String format(
      ResourceBundle labels, Locale locale, String key, Object... arguments) {
    return new MessageFormat(labels.getString(key), locale).format(arguments);
  }

  private static String esc(String text) {
    return JRStringUtil.xmlEncode(text);
  }
}
