package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.parindex.assessment.AssessmentMoveService;
import vn.parindex.assessment.AssessmentSummary;
import vn.parindex.assessment.MoveLine;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.report.ReportFormat;
import vn.parindex.report.ScorecardService;
import vn.parindex.web.i18n.RequestLocale;

/** The assessments the caller may see, their assigned criteria, self-scores and scorecard. */
@Path("assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {
  @EJB private SelfAssessmentService selfAssessment;
  @EJB private ScorecardService scorecards;
  @EJB private AssessmentMoveService moves;
  @Context private HttpHeaders headers;

  @GET
  public List<AssessmentSummary> assessments() {
    return selfAssessment.visibleAssessments();
  }

  @GET
  @Path("{id}/criteria")
  public List<CriterionJson> criteria(@PathParam("id") long id) {
    return selfAssessment.assignedCriteria(id).stream().map(CriterionJson::of).toList();
  }

  @PUT
  @Path("{id}/criteria/{code}/self-score")
  @Consumes(MediaType.APPLICATION_JSON)
  public SelfScoreJson selfScore(
      @PathParam("id") long id, @PathParam("code") String code, SelfScoreRequest request) {
    SelfScoreRequest body = request == null ? new SelfScoreRequest() : request;
    return SelfScoreJson.of(
        selfAssessment.saveSelfScore(id, code, body.scoreInputs(), body.explanation));
  }

  /** What moving the assessment to a revised index version would do, criterion by criterion. */
  @GET
  @Path("{id}/move-preview")
  public List<MoveLine> movePreview(@PathParam("id") long id, @QueryParam("to") long to) {
    return moves.preview(id, to);
  }

  @POST
  @Path("{id}/move")
  public List<MoveLine> move(@PathParam("id") long id, @QueryParam("to") long to) {
    return moves.move(id, to);
  }

  @GET
  @Path("{id}/scorecard.{format:pdf|xlsx|docx}")
  @Produces({
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
  })
  public Response scorecard(@PathParam("id") long id, @PathParam("format") String extension) {
    ReportFormat format = ReportFormat.fromExtension(extension);
    byte[] file = scorecards.render(id, format, RequestLocale.of(headers));
    return Response.ok(file, format.contentType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"scorecard-" + id + "." + format.extension() + "\"")
        .build();
  }
}
