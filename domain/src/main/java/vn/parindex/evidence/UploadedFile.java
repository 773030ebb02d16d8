package vn.parindex.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import vn.parindex.kernel.CleanText;

/**
 * What the server learns of an uploaded file before keeping it: a safe name, the type read from the
 * content, the size and the SHA-256 that names it in storage and proves it unchanged later.
 *
 * @param fileName the user's name, sanitised, with the type's extension when it had another one
 * @param type the type detected from the content
 * @param size in bytes
 * @param sha256 64 lower-case hexadecimal digits
 * @param signatures the digital signatures of a PDF ({@link PdfSignatures}); empty for other types
 */
public record UploadedFile(
    String fileName,
    EvidenceType type,
    long size,
    String sha256,
    List<DocumentSignature> signatures) {
  /** The megabyte of size limits: 20 MB is 20 × 1,048,576 bytes. */
  public static final long MEGABYTE = 1024L * 1024;

  public UploadedFile {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(type, "type");
    if (size <= 0) {
      throw new IllegalArgumentException("An uploaded file has content");
    }
    if (!isSha256(sha256)) {
      throw new IllegalArgumentException("Not a SHA-256 in hexadecimal: " + sha256);
    }
    signatures = List.copyOf(signatures);
  }

  /**
   * Looks at a file a user uploads.
   *
   * @param maxBytes the largest size accepted
   * @throws InvalidEvidenceException on field "file" when it is empty, larger than {@code maxBytes}
   *     (argument: the limit in MB), not of an accepted type (argument: the sanitised name), a PDF
   *     that runs scripts ({@link PdfActiveContent}) or a DOCX or XLSX that is not only a document
   *     ({@link OfficePackage}). The signatures of an accepted PDF are read too; one that cannot be
   *     read is recorded as unreadable, never a reason to refuse the file.
   */
  public static UploadedFile inspect(String originalName, byte[] content, long maxBytes) {
    // a name that hides its order (a bidi override) is refused, not quietly repaired
    String name = FileNames.sanitise(CleanText.line("fileName", originalName));
    if (content == null || content.length == 0) {
      throw new InvalidEvidenceException("file", "evidence.file.empty");
    }
    if (content.length > maxBytes) {
      throw tooLarge(maxBytes);
    }
    EvidenceType type =
        ContentSniffer.detect(content)
            .orElseThrow(
                () -> new InvalidEvidenceException("file", "evidence.file.typeRefused", name));
    List<DocumentSignature> signatures = List.of();
    switch (type) {
      case PDF -> {
        PdfActiveContent.check(content, name);
        signatures = PdfSignatures.read(content);
      }
      case DOCX, XLSX -> OfficePackage.check(content, type, name);
      default -> {
        // a picture is only ever shown
      }
    }
    return new UploadedFile(
        FileNames.sanitise(type.withExtension(name)),
        type,
        content.length,
        sha256(content),
        signatures);
  }

  /**
   * The refusal of a file larger than the limit, with the limit in megabytes (of 1,048,576 bytes)
   * as the message's argument. Also used before reading a body whose declared length is too large.
   */
  public static InvalidEvidenceException tooLarge(long maxBytes) {
    BigDecimal megabytes =
        BigDecimal.valueOf(maxBytes)
            .divide(BigDecimal.valueOf(MEGABYTE), 2, RoundingMode.HALF_UP)
            .stripTrailingZeros();
    return new InvalidEvidenceException("file", "evidence.file.tooLarge", megabytes);
  }

  /** The SHA-256 of the bytes in lower-case hexadecimal. */
  public static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  public static boolean isSha256(String value) {
    return value != null && value.matches("[0-9a-f]{64}");
  }
}
