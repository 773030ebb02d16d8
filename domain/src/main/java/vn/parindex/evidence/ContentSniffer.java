package vn.parindex.evidence;

import java.util.List;
import java.util.Optional;

/**
 * Tells the type of a file from its first bytes (its "magic number"), never from its name: an
 * executable renamed {@code .pdf} is still an executable.
 *
 * <p>PDF, JPEG and PNG have a signature of their own. DOCX and XLSX are ZIP archives; they are told
 * apart by the part every such document has ({@code word/document.xml}, {@code xl/workbook.xml}),
 * found in the archive's directory without inflating anything; {@link OfficePackage} then checks
 * the whole archive within bounds.
 */
public final class ContentSniffer {
  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] ZIP = {'P', 'K', 3, 4};

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
    List<String> names = ZipDirectory.names(content).orElse(List.of());
    if (names.contains(OfficePackage.mainPart(EvidenceType.DOCX))) {
      return Optional.of(EvidenceType.DOCX);
    }
    if (names.contains(OfficePackage.mainPart(EvidenceType.XLSX))) {
      return Optional.of(EvidenceType.XLSX);
    }
    return Optional.empty();
  }
}
