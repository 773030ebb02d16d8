package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import vn.parindex.report.ReportFormat;
import vn.parindex.report.SelfAssessmentReportService;
import vn.parindex.report.YearOverYearService;
import vn.parindex.web.i18n.RequestLocale;

/**
 * The unit's reports beyond its scorecard: the self-assessment report to the Chairman and the
 * Department of Home Affairs (POST with what the caller writes on it, or GET with every default)
 * and the comparison with an earlier year. Who may have them is decided by the services.
 */
@Path("assessments")
@RequestScoped
public class UnitReportResource {

  @EJB private SelfAssessmentReportService selfAssessmentReports;
  @EJB private YearOverYearService yearOverYear;
  @Context private HttpHeaders headers;

  @POST
  @Path("{id}/self-assessment-report.{format:pdf|xlsx|docx}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    MediaType.APPLICATION_JSON
  })
  public Response selfAssessmentReport(
      @PathParam("id") long id, @PathParam("format") String extension, ReportJson body) {
    ReportJson details = body == null ? new ReportJson() : body;
    return selfAssessment(
        id,
        extension,
        new SelfAssessmentReportService.ReportDetails(
            details.number,
            details.date,
            details.difficulties,
            details.proposals,
            details.signerTitle,
            details.signerName));
  }

  /** The report with every default: today, no number, no free text. */
  @GET
  @Path("{id}/self-assessment-report.{format:pdf|xlsx|docx}")
  @Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    MediaType.APPLICATION_JSON
  })
  public Response selfAssessmentReportWithDefaults(
      @PathParam("id") long id, @PathParam("format") String extension) {
    return selfAssessment(id, extension, SelfAssessmentReportService.ReportDetails.defaults());
  }

  /** {@code ?previous=} names the earlier assessment; without it the latest earlier year. */
  @GET
  @Path("{id}/year-over-year.{format:pdf|xlsx|docx}")
  @Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    MediaType.APPLICATION_JSON
  })
  public Response yearOverYear(
      @PathParam("id") long id,
      @PathParam("format") String extension,
      @QueryParam("previous") Long previous) {
    ReportFormat format = ReportFormat.fromExtension(extension);
    byte[] file = yearOverYear.render(id, previous, format, RequestLocale.of(headers));
    return attachment(file, format, "so-sanh-qua-cac-nam-" + id);
  }

  private Response selfAssessment(
      long id, String extension, SelfAssessmentReportService.ReportDetails details) {
    ReportFormat format = ReportFormat.fromExtension(extension);
    byte[] file = selfAssessmentReports.render(id, details, format, RequestLocale.of(headers));
    return attachment(file, format, "bao-cao-tu-danh-gia-" + id);
  }

  private static Response attachment(byte[] file, ReportFormat format, String name) {
    return Response.ok(file, format.contentType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + name + "." + format.extension() + "\"")
        .build();
  }

  /** Body of the POST: what the report says besides the consolidated result; all optional. */
  public static class ReportJson {
    /** e.g. "125/BC-UBND"; none leaves room to write it by hand */
    public String number;

    /** the date of issue; none means today */
    public LocalDate date;

    /** khó khăn, vướng mắc: paragraphs separated by line breaks */
    public String difficulties;

    /** đề xuất, kiến nghị: paragraphs separated by line breaks */
    public String proposals;

    /** default "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH" */
    public String signerTitle;

    public String signerName;
  }
}
