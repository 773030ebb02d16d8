package vn.parindex.evidence;

import java.io.Serializable;
import java.time.Instant;

/**
 * A digital signature of a document as pages and the API show it.
 *
 * @param status {@code SIGNED}, {@code MODIFIED} (changed after signing), {@code INVALID} (the CMS
 *     signature does not match the signed bytes) or {@code UNREADABLE}
 * @param signedAt the signing time, or null when the signature does not say
 */
public record SignatureView(
    String status,
    String signerName,
    String organisation,
    Instant signedAt,
    boolean coversWholeDocument,
    boolean modifiedAfterSigning,
    boolean integrityValid)
    implements Serializable {

  public static SignatureView of(DocumentSignature s) {
    return new SignatureView(
        s.verdict().name(),
        s.signerName(),
        s.organisation(),
        s.signedAt(),
        s.coversWholeDocument(),
        s.modifiedAfterSigning(),
        s.integrityValid());
  }

  /** "Name, Organisation", either alone when the other is unknown. */
  public String signer() {
    if (signerName == null) {
      return organisation == null ? "" : organisation;
    }
    return organisation == null ? signerName : signerName + ", " + organisation;
  }
}
