package vn.parindex.report;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import net.sf.jasperreports.engine.JRParameter;

/**
 * The report parameters of the assignment letter template: the two header blocks, the recipients,
 * the copies and the signature. Labels and the date line come from the scorecard's bundle and
 * helpers ({@link ScorecardParameters}), so that every document prints them alike.
 */
final class AssignmentLetterParameters {

  private AssignmentLetterParameters() {}

  static Map<String, Object> of(AssignmentLetter letter, Locale locale) {
    ResourceBundle labels = ScorecardParameters.labels(locale);
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, locale);
    parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
    parameters.put("ISSUING_BODY", issuingBody(letter, locale));
    parameters.put("NUMBER", letter.number());
    parameters.put("SUBJECT", letter.subject());
    parameters.put("PLACE", letter.place());
    ScorecardParameters.putDate(parameters, letter.date());
    parameters.put("RECIPIENTS", recipients(letter.recipients()));
    parameters.put("COPIES", copies(letter.recipients(), labels, locale));
    parameters.put("SIGNER_TITLE", letter.signerTitle());
    parameters.put("SIGNER_NAME", letter.signerName());
    return parameters;
  }

  /** "UBND HUYỆN AN LÃO": the unit's name upper-cased by the rules of the report's language. */
  static String issuingBody(AssignmentLetter letter, Locale locale) {
    return letter.unitName().toUpperCase(locale);
  }

  /**
   * After "Kính gửi:": one recipient on the line itself ending with a full stop; several as a list,
   * "- …;" each and the last ending with a full stop, as Decree 30/2020 sets them.
   */
  static String recipients(List<String> recipients) {
    if (recipients.isEmpty()) {
      return null;
    }
    if (recipients.size() == 1) {
      return recipients.get(0) + ".";
    }
    StringJoiner lines = new StringJoiner("\n");
    for (int i = 0; i < recipients.size(); i++) {
      lines.add("- " + recipients.get(i) + (i == recipients.size() - 1 ? "." : ";"));
    }
    return lines.toString();
  }

  /** Under "Nơi nhận:": every recipient, then the archive line ("- Lưu: VT."). */
  static String copies(List<String> recipients, ResourceBundle labels, Locale locale) {
    StringJoiner lines = new StringJoiner("\n");
    for (String recipient : recipients) {
      lines.add("- " + recipient + ";");
    }
    lines.add(new MessageFormat(labels.getString("letter.copies.archive"), locale).format(null));
    return lines.toString();
  }
}
