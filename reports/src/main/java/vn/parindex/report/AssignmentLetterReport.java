package vn.parindex.report;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders the official letter (công văn) that assigns the criteria of the index to the offices of
 * the assessed unit for self-assessment: A4 portrait, laid out as Decree 30/2020 wants a letter.
 * PDF to sign and send, DOCX to edit before signing. Stateless and thread-safe: one instance can
 * serve every request.
 */
public final class AssignmentLetterReport {

  private static final String TEMPLATE = "assignment-letter.jasper";

  /**
   * Writes the letter to {@code out}, which is left open.
   *
   * @param locale the language of the labels; {@code null} means Vietnamese
   * @throws ReportRenderingException when the report cannot be filled or exported
   */
  public void render(
      AssignmentLetter letter, ReportFormat format, Locale locale, OutputStream out) {
    Objects.requireNonNull(letter, "letter");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    Locale language = ReportRendering.languageOf(locale);
    var labels = ScorecardParameters.labels(language);
    ReportRendering.render(
        TEMPLATE,
        AssignmentLetterParameters.of(letter, language),
        new AssignmentLetterDataSource(
            AssignmentLetterDataSource.paragraphs(letter, labels, language)),
        format,
        new ReportExporters.DocumentInfo(
            labels.getString("letter.subjectPrefix") + " " + letter.subject(),
            letter.issuingBody().replace('\n', ' '),
            language),
        out,
        "the assignment letter");
  }

  /** The letter as bytes, e.g. for a download or a mail attachment. */
  public byte[] render(AssignmentLetter letter, ReportFormat format, Locale locale) {
    return ReportRendering.toBytes(out -> render(letter, format, locale, out));
  }
}
