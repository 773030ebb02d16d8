package vn.parindex.kernel;

import java.text.Normalizer;

/**
 * Text as the product keeps it: Unicode NFC, so that "ệ" typed on two keyboards is one and the same
 * text in a search, a sort and a printed scorecard; and without the characters that change what a
 * reader sees without being seen: control characters (U+0000, the escape of a terminal) and the
 * bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) that can show a file name or
 * a sentence in another order than it is stored. A lone surrogate, which no database stores, is
 * refused too.
 *
 * <p>Names, document metadata and file names are one {@link #line line}; an explanation or a
 * comment is {@link #multiline multiline} and may keep line breaks and tabs.
 */
public final class CleanText {

  /** A character the text may not hold. Arguments: its code ("U+202E") and its position, from 1. */
  public static final String FORBIDDEN_CHARACTER = "text.forbiddenCharacter";

  private CleanText() {}

  /**
   * Returns the one-line text NFC-normalised, or null for null.
   *
   * @param field the input to name in the refusal
   * @throws Refusal (invalid, on {@code field}) if the text holds a control character, a line
   *     break, a bidirectional override or isolate, or a lone surrogate
   */
  public static String line(String field, String text) {
    return clean(field, text, false);
  }

  /**
   * Returns the text NFC-normalised, or null for null; line breaks and tabs are kept.
   *
   * @param field the input to name in the refusal
   * @throws Refusal (invalid, on {@code field}) as {@link #line} but for line breaks and tabs
   */
  public static String multiline(String field, String text) {
    return clean(field, text, true);
  }

  private static String clean(String field, String text, boolean multiline) {
    if (text == null) {
      return null;
    }
    // Checked before normalising: NFC neither adds nor removes any of these characters, and a
    // lone surrogate would not survive it.
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (forbidden(c, multiline)) {
        throw Refusal.invalid(
            field, FORBIDDEN_CHARACTER, String.format("U+%04X", c), text.codePointCount(0, i) + 1);
      }
      i += Character.charCount(c);
    }
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  private static boolean forbidden(int c, boolean multiline) {
    if (multiline && (c == '\n' || c == '\r' || c == '\t')) {
      return false;
    }
    return Character.getType(c) == Character.CONTROL
        || Character.getType(c) == Character.SURROGATE
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }
}
