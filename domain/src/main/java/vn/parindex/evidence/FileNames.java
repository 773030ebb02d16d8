package vn.parindex.evidence;

import java.text.Normalizer;

/**
 * Makes the name a user gave a file safe to keep and to send back: no folders, no control or
 * invisible formatting characters, nothing a file system or a download header chokes on, and at
 * most {@value #MAX_LENGTH} characters. The name is only ever shown; files are stored under their
 * SHA-256, never under this name.
 */
public final class FileNames {
  public static final int MAX_LENGTH = 200;

  /** What a file is called when nothing usable is left of its name ("document"). */
  public static final String FALLBACK = "tai-lieu";

  private static final String FORBIDDEN = "<>:\"|?*";

  private FileNames() {}

  /**
   * The last part of a path-like name ("../../etc/passwd.pdf" → "passwd.pdf", "C:\x\y.pdf" →
   * "y.pdf"), in Unicode NFC, with control and format characters removed, characters Windows
   * forbids replaced by "_", dots and spaces trimmed from both ends, shortened to {@value
   * #MAX_LENGTH} characters keeping the extension.
   */
  public static String sanitise(String name) {
    if (name == null) {
      return FALLBACK;
    }
    String nfc = Normalizer.normalize(name, Normalizer.Form.NFC);
    int cut = Math.max(nfc.lastIndexOf('/'), nfc.lastIndexOf('\\'));
    String last = nfc.substring(cut + 1);
    StringBuilder kept = new StringBuilder(last.length());
    last.codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              if (type == Character.CONTROL
                  || type == Character.FORMAT
                  || type == Character.UNASSIGNED
                  || type == Character.SURROGATE
                  || type == Character.PRIVATE_USE
                  || type == Character.LINE_SEPARATOR
                  || type == Character.PARAGRAPH_SEPARATOR) {
                return;
              }
              if (FORBIDDEN.indexOf(cp) >= 0) {
                kept.append('_');
              } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                kept.append(' ');
              } else {
                kept.appendCodePoint(cp);
              }
            });
    String trimmed = trim(kept.toString().replaceAll(" {2,}", " "));
    if (trimmed.isEmpty()) {
      return FALLBACK;
    }
    return shorten(trimmed);
  }

  /**
   * The name in plain printable ASCII, for clients that do not read the UTF-8 form of a download
   * header: Vietnamese letters lose their marks ("Báo cáo đợt 1.pdf" → "Bao cao dot 1.pdf"), other
   * characters become "_", and quotes and backslashes too.
   */
  public static String asciiFallback(String name) {
    String stripped =
        Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    StringBuilder ascii = new StringBuilder(stripped.length());
    stripped
        .codePoints()
        .forEach(
            cp ->
                ascii.append(cp >= 0x20 && cp < 0x7F && cp != '"' && cp != '\\' ? (char) cp : '_'));
    return ascii.toString();
  }

  private static String trim(String name) {
    int start = 0;
    int end = name.length();
    while (start < end && (name.charAt(start) == '.' || name.charAt(start) == ' ')) {
      start++;
    }
    while (end > start && (name.charAt(end - 1) == '.' || name.charAt(end - 1) == ' ')) {
      end--;
    }
    return name.substring(start, end);
  }

  /** At most MAX_LENGTH code points, cutting the stem rather than a short extension. */
  private static String shorten(String name) {
    if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
    String stem = extension.isEmpty() ? name : name.substring(0, dot);
    int room = MAX_LENGTH - extension.codePointCount(0, extension.length());
    String cutStem = stem.substring(0, stem.offsetByCodePoints(0, room));
    return trim(cutStem) + extension;
  }
}
