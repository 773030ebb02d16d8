package vn.parindex.appraisal;

import java.time.LocalDate;
import java.util.List;
import vn.parindex.evidence.Evidence;
import vn.parindex.evidence.SignatureView;

/**
 * A supporting document as an appraiser sees it beside a score: what it is (number, date, issuer)
 * and where to open it ({@code /files/evidence/{id}} in the portal, {@code
 * /api/evidence/{id}/file}), with the digital signatures read from it at upload.
 */
public record DocumentRef(
    long id,
    String fileName,
    String number,
    LocalDate date,
    String issuer,
    String summary,
    List<SignatureView> signatures) {
  static DocumentRef of(Evidence evidence) {
    return new DocumentRef(
        evidence.id(),
        evidence.fileName(),
        evidence.metadata().number(),
        evidence.metadata().date(),
        evidence.metadata().issuer(),
        evidence.metadata().summary(),
        evidence.signatures().stream().map(SignatureView::of).toList());
  }
}
