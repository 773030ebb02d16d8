package vn.parindex.catalogue.exchange;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.parindex.catalogue.AssessmentMethod;
import vn.parindex.catalogue.BandScale;
import vn.parindex.catalogue.NodeKind;

/**
 * The words a workbook uses for levels and methods, and how a typed label is matched to them:
 * without regard to case, extra spaces or how the diacritics were composed (a file saved on another
 * system may spell "Lĩnh vực" with combining marks).
 */
final class Vocabulary {
  static final String AREA = "Lĩnh vực";
  static final String CRITERION = "Tiêu chí";
  static final String COMPONENT = "Tiêu chí thành phần";
  static final String SELF_ASSESSED = "Tự đánh giá";
  static final String SURVEY = "Điều tra XHH";
  static final String BONUS = "Điểm thưởng";
  static final String PENALTY = "Điểm trừ";

  private static final Map<String, NodeKind> KINDS =
      Map.of(
          key(AREA),
          NodeKind.AREA,
          key(CRITERION),
          NodeKind.CRITERION,
          key(COMPONENT),
          NodeKind.COMPONENT,
          "area",
          NodeKind.AREA,
          "criterion",
          NodeKind.CRITERION,
          "component",
          NodeKind.COMPONENT);

  private static final Map<String, AssessmentMethod> METHODS =
      Map.of(
          key(SELF_ASSESSED),
          AssessmentMethod.SELF_ASSESSED,
          key("Điều tra xã hội học"),
          AssessmentMethod.SURVEY,
          key(SURVEY),
          AssessmentMethod.SURVEY,
          "self_assessed",
          AssessmentMethod.SELF_ASSESSED,
          "survey",
          AssessmentMethod.SURVEY,
          key(BONUS),
          AssessmentMethod.BONUS,
          key(PENALTY),
          AssessmentMethod.PENALTY,
          "bonus",
          AssessmentMethod.BONUS,
          "penalty",
          AssessmentMethod.PENALTY);

  /** Words that mark a flag as set; an empty cell leaves it unset. */
  private static final Map<String, Boolean> FLAGS =
      Map.of(
          "x", true, "có", true, "true", true, "1", true, "yes", true, "không", false, "false",
          false, "0", false, "no", false);

  /** The words for what a version's bands are measured in. */
  private static final Map<String, BandScale> BAND_SCALES =
      Map.of(
          key("điểm"),
          BandScale.POINTS,
          "points",
          BandScale.POINTS,
          "%",
          BandScale.PERCENT,
          key("phần trăm"),
          BandScale.PERCENT,
          "percent",
          BandScale.PERCENT);

  private Vocabulary() {}

  /** The form in which two labels are compared. */
  static String key(String label) {
    return Normalizer.normalize(label, Normalizer.Form.NFC)
        .replace('\u00a0', ' ')
        .strip()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }

  static boolean matches(String typed, String label) {
    return typed != null && key(typed).equals(key(label));
  }

  static Optional<NodeKind> kind(String typed) {
    return Optional.ofNullable(KINDS.get(key(typed)));
  }

  static String label(NodeKind kind) {
    return switch (kind) {
      case AREA -> AREA;
      case CRITERION -> CRITERION;
      case COMPONENT -> COMPONENT;
    };
  }

  static Optional<AssessmentMethod> method(String typed) {
    return Optional.ofNullable(METHODS.get(key(typed)));
  }

  static String label(AssessmentMethod method) {
    return switch (method) {
      case SURVEY -> SURVEY;
      case BONUS -> BONUS;
      case PENALTY -> PENALTY;
      case SELF_ASSESSED -> SELF_ASSESSED;
    };
  }

  static Optional<BandScale> bandScale(String typed) {
    return Optional.ofNullable(BAND_SCALES.get(key(typed)));
  }

  static String label(BandScale scale) {
    return scale == BandScale.PERCENT ? "%" : "điểm";
  }

  static Optional<Boolean> flag(String typed) {
    return Optional.ofNullable(FLAGS.get(key(typed)));
  }
}
