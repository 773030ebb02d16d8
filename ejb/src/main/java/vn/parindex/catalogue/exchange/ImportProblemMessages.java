package vn.parindex.catalogue.exchange;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The text of an {@link ImportProblem} in a language: its own keys are in {@value #BUNDLE}, the
 * checks of the whole version in {@code vn.parindex.i18n.DomainMessages}. Vietnamese is what a
 * language without a translation gets.
 */
public final class ImportProblemMessages {
  public static final String BUNDLE = "vn.parindex.i18n.ImportMessages";

  private static final List<String> BUNDLES = List.of(BUNDLE, "vn.parindex.i18n.DomainMessages");

  private ImportProblemMessages() {}

  /** The message alone, e.g. {@code Không đọc được số "abc"; ...}. */
  public static String message(ImportProblem problem, Locale locale) {
    return format(problem.messageKey(), locale, problem.arguments());
  }

  /**
   * The message with where to find it, e.g. {@code Trang "Tiêu chí", dòng 7, cột "Điểm tối đa":
   * ...}.
   */
  public static String describe(ImportProblem problem, Locale locale) {
    String message = message(problem, locale);
    if (problem.sheet() == null) {
      return format("import.location.file", locale, message);
    }
    if (problem.row() == 0) {
      return format("import.location.sheet", locale, problem.sheet(), message);
    }
    if (problem.column() == null) {
      return format("import.location.row", locale, problem.sheet(), problem.row(), message);
    }
    return format(
        "import.location.cell", locale, problem.sheet(), problem.row(), problem.column(), message);
  }

  private static String format(String key, Locale locale, Object... arguments) {
    for (String name : BUNDLES) {
      ResourceBundle bundle =
          ResourceBundle.getBundle(
              name,
              locale,
              ImportProblemMessages.class.getClassLoader(),
              ResourceBundle.Control.getNoFallbackControl(
                  ResourceBundle.Control.FORMAT_PROPERTIES));
      if (bundle.containsKey(key)) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
      }
    }
    throw new MissingResourceException("No message for " + key, BUNDLES.toString(), key);
  }
}
