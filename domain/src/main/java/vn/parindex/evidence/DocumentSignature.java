package vn.parindex.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;

/**
 * One digital signature (PAdES / CMS) found in a supporting document, as {@link PdfSignatures} read
 * it at upload: who signed (the certificate's CN and O), when, and what the signature proves.
 *
 * <p>{@link #integrityValid()} says only that the signed bytes are those the signer's key signed:
 * "chữ ký hợp lệ về mặt toàn vẹn". Whether the certificate chains to the government's CA is not
 * checked, so a signature is never called trusted.
 */
@Embeddable
public class DocumentSignature {
  public static final int NAME_LENGTH = 200;

  /** What a reader is told about a signature, worst first. */
  public enum Verdict {
    /** The signature could not be read (a broken or unsupported CMS structure). */
    UNREADABLE,
    /** The CMS signature does not match the signed bytes, or its certificate is missing. */
    INVALID,
    /** Valid for the revision signed, but the file was changed afterwards without a signature. */
    MODIFIED,
    /** Valid and nothing unsigned follows it. */
    SIGNED
  }

  @Column(name = "signer_name", length = NAME_LENGTH)
  private String signerName;

  @Column(name = "organisation", length = NAME_LENGTH)
  private String organisation;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "covers_whole_document", nullable = false)
  private boolean coversWholeDocument;

  @Column(name = "modified_after_signing", nullable = false)
  private boolean modifiedAfterSigning;

  @Column(name = "integrity_valid", nullable = false)
  private boolean integrityValid;

  @Column(name = "readable", nullable = false)
  private boolean readable;

  protected DocumentSignature() {}

  private DocumentSignature(
      String signerName,
      String organisation,
      Instant signedAt,
      boolean coversWholeDocument,
      boolean modifiedAfterSigning,
      boolean integrityValid,
      boolean readable) {
    this.signerName = clip(signerName);
    this.organisation = clip(organisation);
    this.signedAt = signedAt;
    this.coversWholeDocument = coversWholeDocument;
    this.modifiedAfterSigning = modifiedAfterSigning;
    this.integrityValid = integrityValid;
    this.readable = readable;
  }

  /**
   * A signature that could be read.
   *
   * @param signedAt the signed attribute signingTime, else the signature dictionary's M; may be
   *     null when neither is there
   * @param coversWholeDocument its byte range reaches the end of the file
   * @param modifiedAfterSigning the file goes on after the last signed revision
   * @param integrityValid the CMS signature verifies against the bytes of its byte range
   */
  public static DocumentSignature read(
      String signerName,
      String organisation,
      Instant signedAt,
      boolean coversWholeDocument,
      boolean modifiedAfterSigning,
      boolean integrityValid) {
    return new DocumentSignature(
        signerName,
        organisation,
        signedAt,
        coversWholeDocument,
        modifiedAfterSigning,
        integrityValid,
        true);
  }

  /** A signature that is there but could not be read; the dictionary's Name when it had one. */
  public static DocumentSignature unreadable(String nameInDictionary, Instant timeInDictionary) {
    return new DocumentSignature(
        nameInDictionary, null, timeInDictionary, false, false, false, false);
  }

  private static String clip(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String line = text.strip().replaceAll("\\p{Cntrl}", " ");
    return line.length() <= NAME_LENGTH ? line : line.substring(0, NAME_LENGTH);
  }

  public Verdict verdict() {
    if (!readable) {
      return Verdict.UNREADABLE;
    }
    if (!integrityValid) {
      return Verdict.INVALID;
    }
    return modifiedAfterSigning ? Verdict.MODIFIED : Verdict.SIGNED;
  }

  /**
   * Whether it was signed after the end of the due day, in the calendar of {@code zone}: a report
   * due on 15/12 and signed at 23:30 on 15/12 in Hà Nội is in time, even though that is 16:30 UTC.
   * Unknown signing times are never late.
   */
  public boolean signedAfter(LocalDate due, ZoneId zone) {
    Objects.requireNonNull(due, "due");
    return signedAt != null && signedAt.atZone(zone).toLocalDate().isAfter(due);
  }

  /**
   * Whether a document bearing these signatures was signed after the due day: its first signature
   * that verifies and says when it was made came after that day in {@code zone}. The first, since
   * the document existed signed from then on (a seal added the next day does not make it late); a
   * signature that does not verify proves no time, and a document without a dated valid signature
   * is never called late.
   */
  public static boolean documentSignedAfter(
      Collection<DocumentSignature> signatures, LocalDate due, ZoneId zone) {
    Objects.requireNonNull(due, "due");
    return signatures.stream()
        .filter(s -> s.readable && s.integrityValid && s.signedAt != null)
        .min(Comparator.comparing(DocumentSignature::signedAt))
        .map(first -> first.signedAfter(due, zone))
        .orElse(false);
  }

  public String signerName() {
    return signerName;
  }

  public String organisation() {
    return organisation;
  }

  public Instant signedAt() {
    return signedAt;
  }

  public boolean coversWholeDocument() {
    return coversWholeDocument;
  }

  public boolean modifiedAfterSigning() {
    return modifiedAfterSigning;
  }

  public boolean integrityValid() {
    return integrityValid;
  }

  public boolean readable() {
    return readable;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentSignature s
        && Objects.equals(signerName, s.signerName)
        && Objects.equals(organisation, s.organisation)
        && Objects.equals(signedAt, s.signedAt)
        && coversWholeDocument == s.coversWholeDocument
        && modifiedAfterSigning == s.modifiedAfterSigning
        && integrityValid == s.integrityValid
        && readable == s.readable;
  }

  @Override
  public int hashCode() {
    return Objects.hash(signerName, organisation, signedAt);
  }

  @Override
  public String toString() {
    return verdict() + " " + signerName + ", " + organisation + " " + signedAt;
  }
}
