package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import vn.parindex.appraisal.AppraisalEntry;
import vn.parindex.appraisal.AppraisalLine;
import vn.parindex.appraisal.AppraisalResults;
import vn.parindex.appraisal.AppraisalService;
import vn.parindex.appraisal.ExplanationEntry;
import vn.parindex.appraisal.ExplanationService;
import vn.parindex.appraisal.ExplanationView;
import vn.parindex.appraisal.RoundDecision;
import vn.parindex.appraisal.UnitAppraisal;
import vn.parindex.report.AppraisalDocumentService;
import vn.parindex.report.ReportFormat;
import vn.parindex.web.i18n.RequestLocale;

/**
 * One unit's appraisal: its result (self, each round, final, with reasons and answers), an
 * appraiser's decision on a criterion, the criteria a round changed, and the unit's answers.
 */
@Path("assessments/{id}/appraisal")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UnitAppraisalResource {
  @EJB private AppraisalResults results;
  @EJB private AppraisalService appraisal;
  @EJB private ExplanationService explanations;
  @EJB private AppraisalDocumentService documents;
  @Context private HttpHeaders headers;

  /**
   * Body of PUT .../{code}: {"points": 1.5, "reason": "..."} or {"inputs": {...}, "reason": "..."}.
   */
  public static class DecisionRequest {
    public SelfScoreRequest.Inputs inputs;
    public BigDecimal points;
    public String reason;
  }

  /**
   * Body of PUT .../{code}/explanation: {"accepted": true} or {"body": "...", "evidenceIds": []}.
   */
  public static class ExplanationRequest {
    public Boolean accepted;
    public String body;
    public List<Long> evidenceIds;
  }

  @GET
  @Path("summary")
  @Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
  })
  public Response summary(
      @PathParam("id") long id, @QueryParam("format") @DefaultValue("pdf") String extension) {
    ReportFormat format =
        DocumentAnswers.format(
            extension, Set.of(ReportFormat.PDF, ReportFormat.DOCX, ReportFormat.XLSX));
    byte[] file = documents.summary(id, format, RequestLocale.of(headers));
    return DocumentAnswers.attachment(file, format, "tong-hop-tham-dinh-" + id);
  }

  @GET
  @Path("notice")
  @Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
  })
  public Response notice(
      @PathParam("id") long id,
      @QueryParam("round") @DefaultValue("1") int round,
      @QueryParam("format") @DefaultValue("pdf") String extension) {
    ReportFormat format =
        DocumentAnswers.format(extension, Set.of(ReportFormat.PDF, ReportFormat.DOCX));
    byte[] file = documents.notice(id, round, format, RequestLocale.of(headers));
    return DocumentAnswers.attachment(file, format, "thong-bao-tham-dinh-vong-" + round + "-" + id);
  }

  @GET
  public UnitAppraisal result(@PathParam("id") long id) {
    return results.of(id);
  }

  /** The criteria round n changed against the unit's own scores: the notice's list. */
  @GET
  @Path("changes")
  public List<AppraisalLine> changes(
      @PathParam("id") long id, @QueryParam("round") @DefaultValue("1") int round) {
    return results.changedIn(id, round);
  }

  @PUT
  @Path("{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public RoundDecision decide(
      @PathParam("id") long id, @PathParam("code") String code, DecisionRequest request) {
    DecisionRequest body = request == null ? new DecisionRequest() : request;
    return appraisal.appraise(
        id,
        code,
        new AppraisalEntry(
            body.inputs == null ? null : body.inputs.toScoreInputs(), body.points, body.reason));
  }

  @PUT
  @Path("{code}/explanation")
  @Consumes(MediaType.APPLICATION_JSON)
  public ExplanationView explain(
      @PathParam("id") long id, @PathParam("code") String code, ExplanationRequest request) {
    ExplanationRequest body = request == null ? new ExplanationRequest() : request;
    return explanations.answer(
        id,
        code,
        new ExplanationEntry(
            Boolean.TRUE.equals(body.accepted),
            body.body,
            body.evidenceIds == null ? List.of() : body.evidenceIds));
  }
}
