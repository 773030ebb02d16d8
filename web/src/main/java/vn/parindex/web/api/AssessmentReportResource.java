package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import vn.parindex.evidence.EvidenceBundle;
import vn.parindex.evidence.EvidenceBundleService;
import vn.parindex.report.AppraisalDocumentService;
import vn.parindex.report.EvidenceIndexService;
import vn.parindex.report.OfficeScorecardService;
import vn.parindex.report.ReportFormat;
import vn.parindex.web.i18n.RequestLocale;

/**
 * The reports of an assessment beside the unit's scorecard: an office's own scorecard, the evidence
 * index and the evidence bundle (ZIP, streamed). Who may have which is decided by the services.
 */
@Path("assessments")
@RequestScoped
public class AssessmentReportResource {

  @EJB private OfficeScorecardService officeScorecards;
  @EJB private EvidenceIndexService evidenceIndex;
  @EJB private EvidenceBundleService bundles;
  @EJB private AppraisalDocumentService appraisalDocuments;
  @Context private HttpHeaders headers;

  @GET
  @Path("{id}/offices/{office}/scorecard.{format:pdf|xlsx|docx}")
  @Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
  })
  public Response officeScorecard(
      @PathParam("id") long id,
      @PathParam("office") String office,
      @PathParam("format") String extension) {
    ReportFormat format = ReportFormat.fromExtension(extension);
    byte[] file = officeScorecards.render(id, office, format, RequestLocale.of(headers));
    return attachment(file, format, "bang-diem-" + safe(office) + "-" + id);
  }

  /**
   * The unit's result sheet: self, appraised and final score of every criterion with the
   * appraisers' reasons, area subtotals and totals, headed and signed as the unit's kind does.
   */
  @GET
  @Path("{id}/result-sheet.{format:pdf|xlsx|docx}")
  @Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
  })
  public Response resultSheet(@PathParam("id") long id, @PathParam("format") String extension) {
    ReportFormat format = ReportFormat.fromExtension(extension);
    byte[] file = appraisalDocuments.resultSheet(id, format, RequestLocale.of(headers));
    return attachment(file, format, "ket-qua-chi-so-cchc-" + id);
  }

  /** Every office's documents for readers (or {@code ?office=}), an office's own for an office. */
  @GET
  @Path("{id}/evidence-index.{format:pdf|xlsx|docx}")
  @Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
  })
  public Response evidenceIndex(
      @PathParam("id") long id,
      @PathParam("format") String extension,
      @QueryParam("office") String office) {
    ReportFormat format = ReportFormat.fromExtension(extension);
    byte[] file = evidenceIndex.render(id, office, format, RequestLocale.of(headers));
    return attachment(file, format, "danh-muc-tai-lieu-kiem-chung-" + id);
  }

  /**
   * The ZIP, written as it is sent: the service has checked every file and rendered the scorecard
   * first, so that a refusal is still an ordinary error answer; the files are read and hashed again
   * block by block while streaming.
   */
  @GET
  @Path("{id}/evidence-bundle.zip")
  @Produces("application/zip")
  public Response evidenceBundle(@PathParam("id") long id) {
    EvidenceBundle bundle = bundles.prepare(id, RequestLocale.of(headers));
    StreamingOutput zip = bundle::writeTo;
    return Response.ok(zip, "application/zip")
        .header(
            "Content-Disposition", "attachment; filename=\"tai-lieu-kiem-chung-" + id + ".zip\"")
        .build();
  }

  private static Response attachment(byte[] file, ReportFormat format, String name) {
    return Response.ok(file, format.contentType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + name + "." + format.extension() + "\"")
        .build();
  }

  /** An office code in a file name: letters, digits and dashes only. */
  private static String safe(String code) {
    return code.replaceAll("[^A-Za-z0-9-]", "_");
  }
}
