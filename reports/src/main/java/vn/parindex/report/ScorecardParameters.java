package vn.parindex.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import net.sf.jasperreports.engine.JRParameter;

/** The report parameters of the scorecard template: the header, the signature and the labels. */
final class ScorecardParameters {

  static final String LABELS = "vn.parindex.report.ScorecardLabels";

  /** About the capitals that fit on one line of the text width at 13 pt bold. */
  private static final int ONE_LINE_TITLE = 56;

  private ScorecardParameters() {}

  static Map<String, Object> of(Scorecard card, Locale locale) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, locale);
    parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels(locale));
    parameters.put("SUPERIOR_BODY", card.superiorBody());
    parameters.put("ISSUING_BODY", card.issuingBody());
    parameters.put("TITLE", balanced(card.title()));
    parameters.put("SUBTITLE", card.subtitle());
    parameters.put("PLACE", card.place());
    putDate(parameters, card.date());
    parameters.put("SIGNER_TITLE", card.signerTitle());
    parameters.put("SIGNER_NAME", card.signerName());
    parameters.put("FOOTNOTE", card.footnote());
    parameters.put("TOTAL_MAX", card.totalMax());
    parameters.put("TOTAL_SCORE", card.totalScore());
    // null for a final total: the template prints the draft mark and the reasons only when given
    parameters.put(
        "PROVISIONAL_REASONS",
        card.provisional() ? String.join("; ", card.provisionalReasons()) : null);
    return parameters;
  }

  /**
   * Breaks a title too long for one line in two, the first line the longer as official titles are
   * set, rather than leaving its last word alone on a second line. A title with its own line breaks
   * is kept as it is (the caller knows the phrases; this only counts characters).
   */
  static String balanced(String title) {
    if (title.length() <= ONE_LINE_TITLE || title.contains("\n")) {
      return title;
    }
    int space = title.indexOf(' ', title.length() / 2 + 1);
    if (space < 0) {
      space = title.lastIndexOf(' ');
    }
    return space < 0 ? title : title.substring(0, space) + "\n" + title.substring(space + 1);
  }

  /**
   * Loads the labels with this class's loader (in an EAR the thread's loader may not see this jar)
   * and without falling back to the JVM's default locale: a server running in English must still
   * print Vietnamese when asked for "vi", which lives in the base bundle. Every report of this
   * library reads its labels from this one bundle.
   */
  static ResourceBundle labels(Locale locale) {
    return ResourceBundle.getBundle(
        LABELS,
        locale,
        ScorecardParameters.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * The date line's parts. Decree 30/2020 writes a day below 10 and the months January and February
   * with a leading zero ("ngày 05 tháng 02", but "tháng 3"), which no date pattern can express.
   * Shared by every template that prints the date line (header.dateLine): DAY, MONTH, YEAR, DATE.
   */
  static void putDate(Map<String, Object> parameters, LocalDate date) {
    int day = date.getDayOfMonth();
    int month = date.getMonthValue();
    parameters.put("DAY", day < 10 ? "0" + day : String.valueOf(day));
    parameters.put("MONTH", month < 3 ? "0" + month : String.valueOf(month));
    parameters.put("YEAR", String.valueOf(date.getYear()));
    parameters.put("DATE", Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant()));
  }
}
