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
import vn.parindex.report.AppraisalDocumentService;
import vn.parindex.report.ReportFormat;
import vn.parindex.web.i18n.RequestLocale;

/** The caller's department's appraisal worksheet for a campaign: XLSX to work in, PDF to sign. */
@Path("campaigns")
@RequestScoped
public class AppraiserWorksheetResource {

  @EJB private AppraisalDocumentService documents;
  @Context private HttpHeaders headers;

  @GET
  @Path("{id}/worksheet")
  @Produces({
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/pdf"
  })
  public Response worksheet(
      @PathParam("id") long id, @QueryParam("format") @DefaultValue("xlsx") String extension) {
    ReportFormat format =
        DocumentAnswers.format(extension, Set.of(ReportFormat.XLSX, ReportFormat.PDF));
    byte[] file = documents.worksheet(id, format, RequestLocale.of(headers));
    return DocumentAnswers.attachment(file, format, "phieu-tham-dinh-" + id);
  }
}
