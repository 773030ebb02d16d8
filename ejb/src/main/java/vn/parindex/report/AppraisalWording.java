package vn.parindex.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Province;
import vn.parindex.organisation.UnitKind;

/**
 * The header lines and signer titles of the appraisal documents. They are data to the reports; here
 * they come from the service messages, except a department's own signature, which its unit kind
 * gives. The one place to change when the province's bodies get kinds of their own.
 */
final class AppraisalWording {
  private final ResourceBundle messages;
  private final Locale locale;

  AppraisalWording(Locale locale) {
    this.locale = locale;
    this.messages = ResourceBundle.getBundle("vn.parindex.i18n.ServiceMessages", locale);
  }

  /** "ỦY BAN NHÂN DÂN TỈNH GIA LAI": the province's People's Committee above its bodies. */
  String provinceCommittee(Province province) {
    return format("appraisalDocument.superiorBody", province.name().toUpperCase(locale));
  }

  String council() {
    return text("appraisalDocument.council");
  }

  String provinceOffice() {
    return text("appraisalDocument.provinceOffice");
  }

  Signer supportTeam() {
    return new Signer(text("appraisalDocument.summary.supportTeam"), null);
  }

  Signer chair() {
    return new Signer(text("appraisalDocument.summary.chair"), null);
  }

  Signer provinceOfficeSigner() {
    return new Signer(text("appraisalDocument.notice.signer"), null);
  }

  /** The head of the department as its kind signs, or a neutral title for a unit without one. */
  Signer departmentHead(AssessedUnit department) {
    return new Signer(
        department
            .kind()
            .map(UnitKind::headSignature)
            .orElse(text("appraisalDocument.worksheet.signer")),
        null);
  }

  /** A header line in capitals, or none. */
  String upper(String line) {
    return line == null ? null : line.toUpperCase(locale);
  }

  String text(String key) {
    return messages.getString(key);
  }

  String format(String key, Object... arguments) {
    return new MessageFormat(messages.getString(key), locale).format(arguments);
  }
}
