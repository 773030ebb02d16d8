package vn.parindex.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells the type of a file from its first bytes (its "magic number"), never from its name: an
 * executable renamed {@code .pdf} is still an executable.
 *
 * <p>PDF, JPEG and PNG have a signature of their own. DOCX and XLSX are ZIP archives; they are told
 * apart by the part every such document has ({@code word/document.xml}, {@code xl/workbook.xml}).
 * The archive is read entry by entry with {@link ZipInputStream}, within bounds (a number of
 * entries and of decompressed bytes), so that a crafted archive cannot keep the server busy.
 */
public final class ContentSniffer {
  /**
   * Entries looked at before giving up; real documents name their main part within the first few.
   */
  static final int MAX_ZIP_ENTRIES = 1_000;

  /** Decompressed bytes read while looking, so that a "zip bomb" stops early. */
  static final long MAX_ZIP_INFLATED_BYTES = 64L * 1024 * 1024;

  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] ZIP = {'P', 'K', 3, 4};

  private static final String WORD_MAIN_PART = "word/document.xml";
  private static final String EXCEL_MAIN_PART = "xl/workbook.xml";

  private ContentSniffer() {}

  /** The accepted type the content is, or empty for anything else (or for nothing at all). */
  public static Optional<EvidenceType> detect(byte[] content) {
    if (content == null) {
      return Optional.empty();
    }
    if (startsWith(content, PDF)) {
      return Optional.of(EvidenceType.PDF);
    }
    if (startsWith(content, JPEG)) {
      return Optional.of(EvidenceType.JPEG);
    }
    if (startsWith(content, PNG)) {
      return Optional.of(EvidenceType.PNG);
    }
    if (startsWith(content, ZIP)) {
      return officeDocument(content);
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] signature) {
    if (content.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (content[i] != signature[i]) {
        return false;
      }
    }
    return true;
  }

  private static Optional<EvidenceType> officeDocument(byte[] content) {
    byte[] buffer = new byte[8192];
    long inflated = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (int entries = 0; entries < MAX_ZIP_ENTRIES; entries++) {
        ZipEntry entry = zip.getNextEntry();
        if (entry == null) {
          return Optional.empty();
        }
        String name = entry.getName();
        if (WORD_MAIN_PART.equals(name)) {
          return Optional.of(EvidenceType.DOCX);
        }
        if (EXCEL_MAIN_PART.equals(name)) {
          return Optional.of(EvidenceType.XLSX);
        }
        // skip the entry's data ourselves, counting what it inflates to
        for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
          inflated += n;
          if (inflated > MAX_ZIP_INFLATED_BYTES) {
            return Optional.empty();
          }
        }
      }
      return Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      // a damaged archive, or entry names in an impossible encoding: not a document we accept
      return Optional.empty();
    }
  }
}
