package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import vn.parindex.report.AssignmentLetterService;
import vn.parindex.report.ReportFormat;
import vn.parindex.web.i18n.RequestLocale;

/**
 * The official letter (công văn) assigning the criteria of an assessment to the offices, as PDF to
 * sign or DOCX to edit before signing, written from the current assignment and the details posted.
 */
@Path("assignment-letters")
@RequestScoped
public class AssignmentLetterResource {
  @EJB private AssignmentLetterService letters;
  @Context private HttpHeaders headers;

  @POST
  @Path("{id}.{format:pdf|docx}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    MediaType.APPLICATION_JSON
  })
  public Response letter(
      @PathParam("id") long id, @PathParam("format") String extension, LetterJson body) {
    ReportFormat format = ReportFormat.fromExtension(extension);
    LetterJson details = body == null ? new LetterJson() : body;
    byte[] file =
        letters.render(
            id,
            new AssignmentLetterService.LetterDetails(
                details.number,
                details.date,
                details.subject,
                details.references,
                details.recipients,
                details.signerTitle,
                details.signerName),
            format,
            RequestLocale.of(headers));
    return Response.ok(file, format.contentType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"assignment-letter-" + id + "." + format.extension() + "\"")
        .build();
  }

  /** Body of the POST: what the letter says besides the assignment itself. */
  public static class LetterJson {
    /**
     * e.g. "2024/UBND-NV"; only the sign ("/UBND") or none leaves room for the clerk (none: the
     * assessment's recorded directive's number, if any)
     */
    public String number;

    /** none leaves day and month blank (or takes the recorded directive's date) */
    public LocalDate date;

    /** trích yếu, printed after "V/v" */
    public String subject;

    /**
     * the legal bases, e.g. "Thực hiện Quyết định số 3507/QĐ-UBND ..."; none: the decision that
     * issued the assessment's index
     */
    public List<String> references;

    /** the addressees; none means every office of the letter */
    public List<String> recipients;

    /** default "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" */
    public String signerTitle;

    public String signerName;
  }
}
