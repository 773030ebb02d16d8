package vn.parindex.report;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import net.sf.jasperreports.engine.JRParameter;

/**
 * The report parameters of the version comparison template: the official header, the two versions
 * and the count of each kind of change. Labels and the date line come from the scorecard's bundle
 * and helpers ({@link ScorecardParameters}), so that both documents print them alike.
 */
final class VersionComparisonParameters {

  /** Between the counts of the summary line. */
  static final String SEPARATOR = " · ";

  private VersionComparisonParameters() {}

  static Map<String, Object> of(VersionComparisonSheet sheet, Locale locale) {
    ResourceBundle labels = ScorecardParameters.labels(locale);
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(JRParameter.REPORT_LOCALE, locale);
    parameters.put(JRParameter.REPORT_RESOURCE_BUNDLE, labels);
    parameters.put("ISSUING_BODY", sheet.issuingBody());
    parameters.put("TITLE", title(sheet, labels));
    parameters.put("BEFORE_LABEL", sheet.beforeLabel());
    parameters.put("AFTER_LABEL", sheet.afterLabel());
    parameters.put("PLACE", sheet.place());
    ScorecardParameters.putDate(parameters, sheet.date());
    parameters.put("SUMMARY", summary(sheet, labels));
    return parameters;
  }

  /** The sheet's title, or the default title in the report's language. */
  static String title(VersionComparisonSheet sheet, ResourceBundle labels) {
    return sheet.title() != null ? sheet.title() : labels.getString("comparison.title");
  }

  /** "Thêm mới: 2 · Bỏ: 1 · …": every kind, in the order of {@link ChangeType}, zeros included. */
  static String summary(VersionComparisonSheet sheet, ResourceBundle labels) {
    StringJoiner line = new StringJoiner(SEPARATOR);
    for (ChangeType type : ChangeType.values()) {
      line.add(changeWord(type, labels) + ": " + sheet.count(type));
    }
    return line.toString();
  }

  /** The printed word of a kind of change, e.g. "Đổi tên". */
  static String changeWord(ChangeType type, ResourceBundle labels) {
    return labels.getString("comparison.change." + type.name());
  }
}
