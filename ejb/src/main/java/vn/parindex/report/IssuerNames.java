package vn.parindex.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.parindex.organisation.AssessedUnit;

/**
 * How a unit names itself in a letter it issues, all from its data: a People's Committee whose name
 * data abbreviates ("UBND huyện An Lão", place "An Lão") heads the letter with its full name in two
 * lines ("ỦY BAN NHÂN DÂN" over "HUYỆN AN LÃO", as Decree 30/2020 and the An Lão directive do),
 * writes "Ủy ban nhân dân huyện" in the text and "UBND huyện" where it abbreviates. Any other unit
 * ("Sở Tư pháp") is headed by its superior body over its name, as its other documents are. The
 * abbreviation and its full form come from the service bundle (letter.committee.*).
 */
final class IssuerNames {
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final AssessedUnit unit;
  private final String abbreviation;
  private final String committee;

  IssuerNames(AssessedUnit unit, ResourceBundle messages) {
    this.unit = unit;
    this.abbreviation = messages.getString("letter.committee.abbreviation");
    this.committee = messages.getString("letter.committee");
  }

  /** The unit's name with its abbreviated body written out: "Ủy ban nhân dân huyện An Lão". */
  String fullName() {
    String name = unit.name();
    return startsWithWord(name, abbreviation)
        ? committee + name.substring(abbreviation.length())
        : name;
  }

  /** The letterhead, one line each, in capitals. */
  String letterhead() {
    String full = fullName();
    if (startsWithWord(full, committee)) {
      return upper(committee) + "\n" + upper(full.substring(committee.length()).strip());
    }
    String above = unit.letterheadAbove();
    return above == null || above.isBlank() ? upper(full) : upper(above) + "\n" + upper(full);
  }

  /**
   * As the unit names itself in its text: "Ủy ban nhân dân huyện" (its place goes without saying).
   */
  String inText() {
    return withoutPlace(fullName());
  }

  /** Abbreviated, as in "được UBND huyện giao" and the copies: "UBND huyện". */
  String abbreviated() {
    return withoutPlace(unit.name());
  }

  /**
   * The province's Department of Home Affairs the results are reported to, from the unit's superior
   * body: "Sở Nội vụ tỉnh Bình Định"; {@code null} for a unit with no superior body on record.
   */
  static String provinceDepartment(AssessedUnit unit, ResourceBundle messages, Locale locale) {
    if (unit.superiorName() == null) {
      return null;
    }
    String province =
        unit.superiorName()
            .replaceFirst("(?iu)^(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\\s+", "")
            .strip();
    return new MessageFormat(messages.getString("selfReport.recipient.homeAffairs"), locale)
        .format(new Object[] {province})
        .strip();
  }

  private String withoutPlace(String name) {
    String place = unit.placeName();
    String lower = name.toLowerCase(VIETNAMESE);
    if (place != null
        && lower.endsWith(" " + place.toLowerCase(VIETNAMESE))
        && name.length() > place.length() + 1) {
      return name.substring(0, name.length() - place.length()).strip();
    }
    return name;
  }

  private static boolean startsWithWord(String text, String word) {
    return text.length() > word.length()
        && text.regionMatches(true, 0, word, 0, word.length())
        && Character.isWhitespace(text.charAt(word.length()));
  }

  private static String upper(String text) {
    return text.toUpperCase(VIETNAMESE);
  }
}
