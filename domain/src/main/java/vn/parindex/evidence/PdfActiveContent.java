package vn.parindex.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Finds what makes a PDF act instead of only showing: JavaScript (an action, a {@code /JS} entry,
 * the document's {@code /JavaScript} name tree), a {@code /Launch} action that starts a program,
 * and XFA forms, which carry scripts of their own. Evidence is read by people, never run, so such a
 * PDF is refused rather than accepted with a warning nobody reads.
 *
 * <p>The file is read as PDF syntax, byte by byte: names are compared after their {@code #xx}
 * escapes are undone ({@code /J#61vaScript} is {@code /JavaScript}); strings, comments and stream
 * data are skipped, so a report that merely mentions JavaScript is not refused. Object streams, in
 * which PDF 1.5+ compresses its dictionaries, are inflated (Flate, the only filter writers use for
 * them) within a budget of {@value #MAX_INFLATED_BYTES} bytes and read the same way. An object
 * stream that cannot be read (encrypted, another filter, broken) could hide an action: such a PDF
 * is refused as one that cannot be checked. Nothing is handed to a full PDF library, whose parser
 * inflates such streams without a bound.
 */
public final class PdfActiveContent {
  /** Bytes all object streams of one file may inflate to; real ones inflate to a few MB. */
  public static final long MAX_INFLATED_BYTES = 32L * UploadedFile.MEGABYTE;

  private static final Set<String> ACTIVE = Set.of("JavaScript", "JS", "Launch", "XFA");
  private static final Set<String> OTHER_FILTERS =
      Set.of(
          "ASCIIHexDecode",
          "ASCII85Decode",
          "LZWDecode",
          "RunLengthDecode",
          "CCITTFaxDecode",
          "JBIG2Decode",
          "DCTDecode",
          "JPXDecode",
          "Crypt");
  private static final byte[] END_STREAM = "endstream".getBytes(StandardCharsets.US_ASCII);

  private long budget = MAX_INFLATED_BYTES;

  private PdfActiveContent() {}

  /**
   * @throws InvalidEvidenceException on field "file": {@code evidence.file.pdfActive} naming what
   *     was found, or {@code evidence.file.pdfUnchecked} when part of the file cannot be read
   */
  public static void check(byte[] pdf, String fileName) {
    Optional<String> found;
    try {
      found = find(pdf);
    } catch (Unreadable e) {
      throw new InvalidEvidenceException("file", "evidence.file.pdfUnchecked", fileName);
    }
    if (found.isPresent()) {
      throw new InvalidEvidenceException(
          "file", "evidence.file.pdfActive", fileName, "/" + found.get());
    }
  }

  /** The first active name found ("JavaScript", "JS", "Launch", "XFA"), if any. */
  static Optional<String> find(byte[] pdf) {
    return new PdfActiveContent().scan(pdf, pdf.length, false);
  }

  /** An object stream the scan cannot read. */
  static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unreadable() {
      super(null, null, false, false);
    }
  }

  /** What the names since the last "obj" say about the stream that may follow. */
  private static final class StreamDictionary {
    boolean objectStream;
    boolean filter;
    boolean flate;
    boolean otherFilter;
    boolean predictor;
  }

  private Optional<String> scan(byte[] b, int to, boolean insideObjectStream) {
    StreamDictionary dictionary = new StreamDictionary();
    int i = 0;
    while (i < to) {
      int c = b[i] & 0xFF;
      if (c == '%') {
        while (i < to && b[i] != '\n' && b[i] != '\r') {
          i++;
        }
      } else if (c == '(') {
        i = afterString(b, i, to);
      } else if (c == '<') {
        i = i + 1 < to && b[i + 1] == '<' ? i + 2 : afterHexString(b, i, to);
      } else if (c == '/') {
        int start = ++i;
        while (i < to && isRegular(b[i])) {
          i++;
        }
        String name = name(b, start, i);
        if (ACTIVE.contains(name)) {
          return Optional.of(name);
        }
        note(dictionary, name);
      } else if (isRegular(b[i])) {
        int start = i;
        while (i < to && isRegular(b[i])) {
          i++;
        }
        if (is(b, start, i, "obj")) {
          dictionary = new StreamDictionary();
        } else if (!insideObjectStream && is(b, start, i, "stream")) {
          int data = afterEndOfLine(b, i, to);
          int end = indexOf(b, END_STREAM, data, to);
          if (end < 0) {
            end = to;
          }
          if (dictionary.objectStream) {
            Optional<String> inside = scanObjectStream(b, data, end, dictionary);
            if (inside.isPresent()) {
              return inside;
            }
          }
          i = Math.min(to, end + END_STREAM.length);
          dictionary = new StreamDictionary();
        }
      } else {
        i++;
      }
    }
    return Optional.empty();
  }

  private static void note(StreamDictionary dictionary, String name) {
    switch (name) {
      case "ObjStm" -> dictionary.objectStream = true;
      case "Filter" -> dictionary.filter = true;
      case "FlateDecode" -> dictionary.flate = true;
      case "Predictor" -> dictionary.predictor = true;
      default -> {
        if (OTHER_FILTERS.contains(name)) {
          dictionary.otherFilter = true;
        }
      }
    }
  }

  private Optional<String> scanObjectStream(
      byte[] b, int from, int to, StreamDictionary dictionary) {
    if (!dictionary.filter) {
      return scan(slice(b, from, to), to - from, true);
    }
    if (!dictionary.flate || dictionary.otherFilter || dictionary.predictor) {
      throw new Unreadable();
    }
    byte[] objects = inflate(b, from, to);
    return scan(objects, objects.length, true);
  }

  private byte[] inflate(byte[] b, int from, int to) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(b, from, to - from);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[64 * 1024];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          break;
        }
        budget -= n;
        if (budget < 0) {
          throw new Unreadable();
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (DataFormatException e) {
      throw new Unreadable();
    } finally {
      inflater.end();
    }
  }

  /** A literal string: balanced parentheses, with backslash escapes. */
  private static int afterString(byte[] b, int i, int to) {
    int depth = 0;
    while (i < to) {
      byte c = b[i++];
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i;
      }
    }
    return to;
  }

  private static int afterHexString(byte[] b, int i, int to) {
    while (i < to && b[i] != '>') {
      i++;
    }
    return Math.min(to, i + 1);
  }

  private static int afterEndOfLine(byte[] b, int i, int to) {
    if (i < to && b[i] == '\r') {
      i++;
    }
    if (i < to && b[i] == '\n') {
      i++;
    }
    return i;
  }

  /** A name with its #xx escapes undone, as Latin-1 text (every name we look for is ASCII). */
  private static String name(byte[] b, int from, int to) {
    StringBuilder name = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      int c = b[i] & 0xFF;
      if (c == '#' && i + 2 < to && hex(b[i + 1]) >= 0 && hex(b[i + 2]) >= 0) {
        name.append((char) (hex(b[i + 1]) << 4 | hex(b[i + 2])));
        i += 2;
      } else {
        name.append((char) c);
      }
    }
    return name.toString();
  }

  private static int hex(byte c) {
    return Character.digit(c, 16);
  }

  /** Neither white space nor a delimiter of PDF syntax. */
  private static boolean isRegular(byte c) {
    return switch (c) {
      case 0, '\t', '\n', '\f', '\r', ' ', '(', ')', '<', '>', '[', ']', '{', '}', '/', '%' ->
          false;
      default -> true;
    };
  }

  private static boolean is(byte[] b, int from, int to, String keyword) {
    if (to - from != keyword.length()) {
      return false;
    }
    for (int i = 0; i < keyword.length(); i++) {
      if (b[from + i] != keyword.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, byte[] what, int from, int to) {
    outer:
    for (int i = from; i + what.length <= to; i++) {
      for (int j = 0; j < what.length; j++) {
        if (b[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] slice(byte[] b, int from, int to) {
    return java.util.Arrays.copyOfRange(b, from, to);
  }
}
