package vn.parindex.web.api;

import java.util.List;
import vn.parindex.evidence.CriterionLink;
import vn.parindex.evidence.EvidenceView;
import vn.parindex.evidence.SignatureView;

/**
 * An evidence document as the API shows it. Dates are ISO ({@code 2023-06-30}, {@code
 * 2023-11-20T02:15:30Z}); {@code criteria} are the codes it supports; {@code outsideAssessmentYear}
 * flags a document dated in another year than the assessed one. {@code signatures} are the digital
 * signatures of a signed PDF, read at upload. {@code links} are the criteria it supports, each with
 * the day its work was due ({@code dueDate}, absent when none) and {@code signedLate}: signed after
 * it. Listed for one criterion ({@code ?criterion=}) or linked to one, the answer also says {@code
 * dueDate} and {@code signedLate} of that criterion at the top.
 */
public record EvidenceJson(
    long id,
    long assessment,
    String office,
    String officeName,
    String number,
    String date,
    String issuer,
    String summary,
    String fileName,
    String contentType,
    long size,
    String sha256,
    String uploadedBy,
    String uploadedAt,
    List<String> criteria,
    boolean outsideAssessmentYear,
    List<Signature> signatures,
    List<Link> links,
    String dueDate,
    Boolean signedLate) {

  /** A criterion the document supports, with its due date and whether it was signed after it. */
  public record Link(String criterion, String dueDate, boolean signedLate) {
    static Link of(CriterionLink l) {
      return new Link(
          l.criterion(), l.dueDate() == null ? null : l.dueDate().toString(), l.signedLate());
    }
  }

  /**
   * One digital signature. {@code integrityValid}: the CMS signature verifies against the bytes it
   * signs (its certificate's chain is not checked); {@code coversWholeDocument}: its byte range
   * reaches the end of the file; {@code modifiedAfterSigning}: the file goes on after the last
   * signed revision; {@code status}: {@code SIGNED}, {@code MODIFIED}, {@code INVALID} or {@code
   * UNREADABLE}. {@code signedAt} is absent when the signature does not say.
   */
  public record Signature(
      String status,
      String signerName,
      String organisation,
      String signedAt,
      boolean coversWholeDocument,
      boolean modifiedAfterSigning,
      boolean integrityValid) {
    static Signature of(SignatureView s) {
      return new Signature(
          s.status(),
          s.signerName(),
          s.organisation(),
          s.signedAt() == null ? null : s.signedAt().toString(),
          s.coversWholeDocument(),
          s.modifiedAfterSigning(),
          s.integrityValid());
    }
  }

  static EvidenceJson of(EvidenceView v) {
    return of(v, null);
  }

  /** The document as listed for one criterion, or anywhere else when {@code code} is null. */
  static EvidenceJson of(EvidenceView v, String code) {
    CriterionLink link = code == null ? null : v.linkTo(code).orElse(null);
    return new EvidenceJson(
        v.id(),
        v.assessmentId(),
        v.officeCode(),
        v.officeName(),
        v.number(),
        v.date().toString(),
        v.issuer(),
        v.summary(),
        v.fileName(),
        v.contentType(),
        v.size(),
        v.sha256(),
        v.uploadedBy(),
        v.uploadedAt().toString(),
        v.criteria(),
        v.outsideAssessmentYear(),
        v.signatures().stream().map(Signature::of).toList(),
        v.links().stream().map(Link::of).toList(),
        link == null || link.dueDate() == null ? null : link.dueDate().toString(),
        link == null ? null : link.signedLate());
  }
}
