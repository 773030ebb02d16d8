package vn.parindex.report;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A classification band's name in the language of a document. Bands are named by each index
 * version's data in Vietnamese ("Tốt", "Khá", "Trung bình", "Yếu"); a document in another language
 * prints the translation its labels give (key {@code band.<name>}), and a band the labels do not
 * know as the data names it, rather than nothing.
 */
public final class BandNames {

  private BandNames() {}

  /** "Tốt" → "Good" in English; as given in Vietnamese, for an unknown band and for none. */
  public static String inLanguage(String band, Locale locale) {
    if (band == null) {
      return null;
    }
    return in(band, ScorecardParameters.labels(ReportRendering.languageOf(locale)));
  }

  /** The band by a report's labels, already in its language. */
  static String in(String band, ResourceBundle labels) {
    if (band == null) {
      return null;
    }
    String key = "band." + band.strip();
    return labels.containsKey(key) ? labels.getString(key) : band;
  }
}
