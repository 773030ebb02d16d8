package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import vn.parindex.report.AnnouncementService;
import vn.parindex.report.ReportFormat;
import vn.parindex.web.i18n.RequestLocale;

/**
 * The draft decision announcing a campaign's results, for the Sở Nội vụ and the council: DOCX to
 * edit, PDF to read, and the annexes alone as XLSX.
 */
@Path("campaigns")
@RequestScoped
public class AnnouncementResource {

  @EJB private AnnouncementService announcements;
  @Context private HttpHeaders headers;

  @GET
  @Path("{id}/announcement.{format:pdf|docx}")
  @Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
  })
  public Response decision(@PathParam("id") long id, @PathParam("format") String extension) {
    ReportFormat format = ReportFormat.fromExtension(extension);
    byte[] file = announcements.render(id, format, RequestLocale.of(headers));
    return DocumentAnswers.attachment(file, format, "quyet-dinh-cong-bo-chi-so-cchc-" + id);
  }

  @GET
  @Path("{id}/announcement-annex.xlsx")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  public Response annex(@PathParam("id") long id) {
    byte[] file = announcements.render(id, ReportFormat.XLSX, RequestLocale.of(headers));
    return DocumentAnswers.attachment(file, ReportFormat.XLSX, "phu-luc-chi-so-cchc-" + id);
  }
}
