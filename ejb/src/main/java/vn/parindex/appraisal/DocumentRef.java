package vn.parindex.appraisal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.parindex.evidence.Evidence;
import vn.parindex.evidence.SignatureView;

/**
 * A supporting document as an appraiser sees it beside a score: what it is (number, date, issuer)
 * and where to open it ({@code /files/evidence/{id}} in the portal, {@code
 * /api/evidence/{id}/file}), with the digital signatures read from it at upload.
 *
 * @param dueDate the day the criterion's work was due in the assessed year, or null
 * @param signedLate the document was signed after that day
 */
public record DocumentRef(
    long id,
    String fileName,
    String number,
    LocalDate date,
    String issuer,
    String summary,
    List<SignatureView> signatures,
    LocalDate dueDate,
    boolean signedLate)
    implements Serializable {
  /** A document attached to an answer: judged against no due date. */
  static DocumentRef of(Evidence evidence) {
    return new DocumentRef(
        evidence.id(),
        evidence.fileName(),
        evidence.metadata().number(),
        evidence.metadata().date(),
        evidence.metadata().issuer(),
        evidence.metadata().summary(),
        evidence.signatures().stream().map(SignatureView::of).toList(),
        null,
        false);
  }
}
