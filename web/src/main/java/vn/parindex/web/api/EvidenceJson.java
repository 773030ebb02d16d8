package vn.parindex.web.api;

import java.util.List;
import vn.parindex.evidence.EvidenceView;

/**
 * An evidence document as the API shows it. Dates are ISO ({@code 2023-06-30}, {@code
 * 2023-11-20T02:15:30Z}); {@code criteria} are the codes it supports; {@code outsideAssessmentYear}
 * flags a document dated in another year than the assessed one.
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
    boolean outsideAssessmentYear) {

  static EvidenceJson of(EvidenceView v) {
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
        v.outsideAssessmentYear());
  }
}
