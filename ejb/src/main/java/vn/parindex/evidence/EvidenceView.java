package vn.parindex.evidence;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An evidence document as pages and the API show it.
 *
 * @param criteria the codes of the criteria it supports, in the order of the index
 * @param outsideAssessmentYear dated in another year than the assessed one: a flag for the reader
 * @param signatures the digital signatures read from a signed PDF at upload; empty when unsigned
 * @param links the criteria it supports with their due dates and whether it was signed after one
 */
public record EvidenceView(
    long id,
    long assessmentId,
    String officeCode,
    String officeName,
    String number,
    LocalDate date,
    String issuer,
    String summary,
    String fileName,
    String contentType,
    long size,
    String sha256,
    String uploadedBy,
    Instant uploadedAt,
    List<String> criteria,
    boolean outsideAssessmentYear,
    List<SignatureView> signatures,
    List<CriterionLink> links)
    implements Serializable {

  static EvidenceView of(
      Evidence e, List<CriterionLink> links, List<DocumentSignature> signatures) {
    DocumentMetadata m = e.metadata();
    return new EvidenceView(
        e.id(),
        e.assessment().id(),
        e.office().code(),
        e.office().name(),
        m.number(),
        m.date(),
        m.issuer(),
        m.summary(),
        e.fileName(),
        e.type().mediaType(),
        e.size(),
        e.sha256(),
        e.uploadedBy(),
        e.uploadedAt(),
        links.stream().map(CriterionLink::criterion).toList(),
        e.isOutsideAssessmentYear(),
        signatures.stream().map(SignatureView::of).toList(),
        List.copyOf(links));
  }

  /** Its link to a criterion, when it supports that one. */
  public Optional<CriterionLink> linkTo(String code) {
    return links.stream().filter(l -> l.criterion().equals(code)).findFirst();
  }

  /** Signed after the due date of that criterion: the badge beside it in that criterion's list. */
  public boolean signedLateFor(String code) {
    return linkTo(code).map(CriterionLink::signedLate).orElse(false);
  }

  /** The due day of that criterion for the assessed year, or null. */
  public LocalDate dueDateFor(String code) {
    return linkTo(code).map(CriterionLink::dueDate).orElse(null);
  }
}
