package vn.parindex.evidence;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The names an archive's central directory lists, read without inflating anything. Word and Excel
 * open an archive by this directory, while a streaming reader walks the entries one after the
 * other: comparing the two finds an entry hidden from one of them.
 */
final class ZipDirectory {
  private static final int END_SIGNATURE = 0x06054b50;
  private static final int ENTRY_SIGNATURE = 0x02014b50;
  private static final int END_LENGTH = 22;
  private static final int ENTRY_LENGTH = 46;

  private ZipDirectory() {}

  /**
   * The entry names in the directory's order, or empty when there is no readable directory (not an
   * archive, a damaged one, or a ZIP64 one, which no document of our size needs).
   */
  static Optional<List<String>> names(byte[] zip) {
    int end = endRecord(zip);
    if (end < 0) {
      return Optional.empty();
    }
    int count = u16(zip, end + 10);
    long size = u32(zip, end + 12);
    long offset = u32(zip, end + 16);
    if (count == 0xFFFF || size == 0xFFFFFFFFL || offset == 0xFFFFFFFFL || offset + size > end) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>(count);
    int at = (int) offset;
    for (int i = 0; i < count; i++) {
      if (at + ENTRY_LENGTH > end || u32(zip, at) != ENTRY_SIGNATURE) {
        return Optional.empty();
      }
      int nameLength = u16(zip, at + 28);
      int next = at + ENTRY_LENGTH + nameLength + u16(zip, at + 30) + u16(zip, at + 32);
      if (next > end) {
        return Optional.empty();
      }
      names.add(new String(zip, at + ENTRY_LENGTH, nameLength, StandardCharsets.UTF_8));
      at = next;
    }
    return Optional.of(names);
  }

  /** Where the end-of-directory record starts, searched backwards over a possible comment. */
  private static int endRecord(byte[] zip) {
    int last = zip.length - END_LENGTH;
    int first = Math.max(0, last - 0xFFFF);
    for (int at = last; at >= first; at--) {
      if (u32(zip, at) == END_SIGNATURE && at + END_LENGTH + u16(zip, at + 20) == zip.length) {
        return at;
      }
    }
    return -1;
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int at) {
    return (u16(b, at) | (long) u16(b, at + 2) << 16) & 0xFFFFFFFFL;
  }
}
