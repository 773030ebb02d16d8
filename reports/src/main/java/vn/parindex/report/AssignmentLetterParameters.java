package vn.parindex.report;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import net.sf.jasperreports.engine.JRParameter;

/**
 * The report parameters of the assignment letter template: the two header blocks, the recipients,
 * the copies and the signature. Labels come from the scorecard's bundle ({@link
 * ScorecardParameters}), so that every document prints them alike.
 */
final class AssignmentLetterParameters {

  private AssignmentLetterParameters() {}

  static Map<String, Object> of(AssignmentLetter letter, Locale locale) {
    ResourceBundle labels = ScorecardParameters.labels(locale);
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, locale);
    parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
    parameters.put("ISSUING_BODY", letter.issuingBody());
    parameters.put("NUMBER_LINE", numberLine(letter.number(), labels, locale));
    parameters.put("SUBJECT", letter.subject());
    parameters.put("DATE_LINE", dateLine(letter, labels, locale));
    parameters.put("RECIPIENTS", recipients(letter.recipients()));
    parameters.put("COPIES", letterCopies(letter, labels, locale));
    parameters.put("SIGNER_TITLE", letter.signerTitle());
    parameters.put("SIGNER_NAME", letter.signerName());
    return parameters;
  }

  /**
   * "Số: 2024/UBND-NV"; a number that is only the sign ("/UBND") or none gets room before it, for
   * the clerk to write the number once the letter is signed.
   */
  static String numberLine(String number, ResourceBundle labels, Locale locale) {
    String sign = number == null ? "" : number.strip();
    if (sign.isEmpty() || sign.startsWith("/")) {
      return format(labels, "letter.numberBlank", locale, sign);
    }
    return labels.getString("letter.numberPrefix") + " " + sign;
  }

  /**
   * "An Lão, ngày 05 tháng 02 năm 2024"; without a date the day and month are left blank for the
   * clerk, in the year of the deadline (a letter goes out before its own deadline).
   */
  static String dateLine(AssignmentLetter letter, ResourceBundle labels, Locale locale) {
    LocalDate date = letter.date();
    if (date == null) {
      int year = letter.deadline().getYear();
      return letter.place() == null
          ? format(labels, "letter.dateLineBlankNoPlace", locale, String.valueOf(year))
          : format(labels, "letter.dateLineBlank", locale, letter.place(), String.valueOf(year));
    }
    Map<String, Object> parts = new HashMap<>();
    ScorecardParameters.putDate(parts, date);
    Date day = Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    return letter.place() == null
        ? format(
            labels,
            "header.dateLineNoPlace",
            locale,
            parts.get("DAY"),
            parts.get("MONTH"),
            parts.get("YEAR"),
            day)
        : format(
            labels,
            "header.dateLine",
            locale,
            letter.place(),
            parts.get("DAY"),
            parts.get("MONTH"),
            parts.get("YEAR"),
            day);
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

  /**
   * Under "Nơi nhận:", as the directive has it: the addressees ("- Như trên;"), the unit's leaders
   * ("- CT, các PCT UBND huyện;") and the archive ("- Lưu: VT.").
   */
  static String letterCopies(AssignmentLetter letter, ResourceBundle labels, Locale locale) {
    StringJoiner lines = new StringJoiner("\n");
    if (!letter.recipients().isEmpty()) {
      lines.add(labels.getString("letter.copies.recipients"));
    }
    lines.add(format(labels, "letter.copies.leaders", locale, letter.unitShortName()));
    lines.add(format(labels, "letter.copies.archive", locale));
    return lines.toString();
  }

  /**
   * Under "Nơi nhận:" of the other documents that borrow the letter's copies: every recipient, then
   * the archive line ("- Lưu: VT.").
   */
  static String copies(List<String> recipients, ResourceBundle labels, Locale locale) {
    StringJoiner lines = new StringJoiner("\n");
    for (String recipient : recipients) {
      lines.add("- " + recipient + ";");
    }
    lines.add(format(labels, "letter.copies.archive", locale));
    return lines.toString();
  }

  private static String format(
      ResourceBundle labels, String key, Locale locale, Object... arguments) {
    return new MessageFormat(labels.getString(key), locale).format(arguments);
  }
}
