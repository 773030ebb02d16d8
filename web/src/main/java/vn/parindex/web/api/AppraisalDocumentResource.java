package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import vn.parindex.kernel.Refusal;
import vn.parindex.report.AppraisalDocumentService;
import vn.parindex.report.ReportFormat;
import vn.parindex.web.i18n.RequestLocale;

/**
 * The documents of a unit's appraisal: the summary (PDF to sign, DOCX to edit, XLSX) and a round's
 * notice to the unit (PDF, DOCX). Who may have which is decided by the service.
 */
@Path("assessments")
@RequestScoped
public class AppraisalDocumentResource {

  @EJB private AppraisalDocumentService documents;
  @Context private HttpHeaders headers;

  @GET
  @Path("{id}/appraisal/summary")
  @Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
  })
  public Response summary(
      @PathParam("id") long id, @QueryParam("format") @DefaultValue("pdf") String extension) {
    ReportFormat format =
        format(extension, Set.of(ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.XLSX));
    byte[] file = documents.summary(id, format, RequestLocale.of(headers));
    return attachment(file, format, "tong-hop-tham-dinh-" + id);
  }

  @GET
  @Path("{id}/appraisal/notice")
  @Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
  })
  public Response notice(
      @PathParam("id") long id,
      @QueryParam("round") @DefaultValue("1") int round,
      @QueryParam("format") @DefaultValue("pdf") String extension) {
    ReportFormat format = format(extension, Set.of(ReportFormat.PDF, ReportFormat.DOCX));
    byte[] file = documents.notice(id, round, format, RequestLocale.of(headers));
    return attachment(file, format, "thong-bao-tham-dinh-vong-" + round + "-" + id);
  }

  /** The format named by {@code ?format=}, or 400 for one this document does not come in. */
  static ReportFormat format(String extension, Set<ReportFormat> offered) {
    try {
      ReportFormat format = ReportFormat.fromExtension(extension);
      if (offered.contains(format)) {
        return format;
      }
    } catch (IllegalArgumentException e) {
      // answered below, as a format not offered
    }
    throw Refusal.invalid("format", "appraisalDocument.format.unknown", extension);
  }

  static Response attachment(byte[] file, ReportFormat format, String name) {
    return Response.ok(file, format.contentType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + name + "." + format.extension() + "\"")
        .build();
  }
}
