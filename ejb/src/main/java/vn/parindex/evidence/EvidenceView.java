package vn.parindex.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An evidence document as pages and the API show it.
 *
 * @param criteria the codes of the criteria it supports, in the order of the index
 * @param outsideAssessmentYear dated in another year than the assessed one: a flag for the reader
 * @param signatures the digital signatures read from a signed PDF at upload; empty when unsigned
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
    List<SignatureView> signatures) {

  static EvidenceView of(Evidence e, List<String> criteria, List<SignatureView> signatures) {
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
        List.copyOf(criteria),
        e.isOutsideAssessmentYear(),
        List.copyOf(signatures));
  }
}
