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
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import vn.parindex.assessment.AssessmentMoveService;
import vn.parindex.assessment.AssessmentSetupService;
import vn.parindex.assessment.AssessmentSummary;
import vn.parindex.assessment.CommentView;
import vn.parindex.assessment.HistoryEntry;
import vn.parindex.assessment.MoveLine;
import vn.parindex.assessment.OfficeProgress;
import vn.parindex.assessment.ReferenceInput;
import vn.parindex.assessment.ReviewRow;
import vn.parindex.assessment.ReviewService;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.report.ReportFormat;
import vn.parindex.report.ScorecardService;
import vn.parindex.web.i18n.RequestLocale;

/**
 * The assessments the caller may see, setting one up and opening it, their assigned criteria,
 * self-scores and scorecard.
 */
@Path("assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {
  @EJB private SelfAssessmentService selfAssessment;
  @EJB private ScorecardService scorecards;
  @EJB private AssessmentMoveService moves;
  @EJB private ReviewService review;
  @EJB private AssessmentSetupService setup;
  @Context private HttpHeaders headers;
  @Context private UriInfo uri;

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
        selfAssessment.saveSelfScore(id, code, body.scoreInputs(), body.explanation, body.version));
  }

  /** "Submit to Phòng Nội vụ": all the caller's office's scores, or a list of what is missing. */
  @POST
  @Path("{id}/submit")
  public Response submit(@PathParam("id") long id) {
    selfAssessment.submit(id);
    return Response.noContent().build();
  }

  /** Every change of the criterion's score, status and evidence, with who and when. */
  @GET
  @Path("{id}/criteria/{code}/history")
  public List<HistoryEntry> history(
      @PathParam("id") long id,
      @PathParam("code") String code,
      @QueryParam("office") String office) {
    return selfAssessment.history(id, code, office);
  }

  @GET
  @Path("{id}/criteria/{code}/comments")
  public List<CommentView> comments(@PathParam("id") long id, @PathParam("code") String code) {
    return selfAssessment.comments(id, code);
  }

  @POST
  @Path("{id}/criteria/{code}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response comment(@PathParam("id") long id, @PathParam("code") String code, TextJson body) {
    selfAssessment.comment(id, code, body == null ? null : body.text);
    return Response.status(Response.Status.CREATED).build();
  }

  /** Progress per office, for the consolidating office. */
  @GET
  @Path("{id}/progress")
  public List<OfficeProgress> progress(@PathParam("id") long id) {
    return review.progress(id);
  }

  /** Every office's score of every criterion, shared ones side by side. */
  @GET
  @Path("{id}/review")
  public List<ReviewRow> reviewRows(@PathParam("id") long id) {
    return review.rows(id);
  }

  @POST
  @Path("{id}/review/{code}/{office}/accept")
  public Response accept(
      @PathParam("id") long id,
      @PathParam("code") String code,
      @PathParam("office") String office) {
    review.accept(id, code, office);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/review/{code}/{office}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response returnForRevision(
      @PathParam("id") long id,
      @PathParam("code") String code,
      @PathParam("office") String office,
      TextJson body) {
    review.returnForRevision(id, code, office, body == null ? null : body.text);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/review/{code}/{office}/reopen")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response reopen(
      @PathParam("id") long id,
      @PathParam("code") String code,
      @PathParam("office") String office,
      TextJson body) {
    review.reopen(id, code, office, body == null ? null : body.text);
    return Response.noContent().build();
  }

  @PUT
  @Path("{id}/deadline")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response deadline(@PathParam("id") long id, DeadlineJson body) {
    review.setDeadline(id, body == null ? null : body.deadline);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/extensions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response extend(@PathParam("id") long id, ExtensionJson body) {
    ExtensionJson extension = body == null ? new ExtensionJson() : body;
    review.grantExtension(id, extension.office, extension.until, extension.reason);
    return Response.status(Response.Status.CREATED).build();
  }

  /** A free text: a comment, a reason. */
  public static class TextJson {
    public String text;
  }

  /** Body of PUT .../deadline. */
  public static class DeadlineJson {
    public LocalDate deadline;
  }

  /** Body of POST .../extensions: which office, until when, why. */
  public static class ExtensionJson {
    public String office;
    public LocalDate until;
    public String reason;
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

  /** Creates an assessment, being prepared: 201, its summary and its address. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(SetupJson body) {
    SetupJson given = body == null ? new SetupJson() : body;
    AssessmentSummary created =
        setup.create(
            given.unit,
            given.year,
            given.version,
            given.deadline,
            ReferenceJson.input(given.directive),
            ReferenceJson.input(given.guidance));
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  /** Replaces the deadline, the directive and the guidance (an absent reference: not known). */
  @PUT
  @Path("{id}/setup")
  @Consumes(MediaType.APPLICATION_JSON)
  public AssessmentSummary describe(@PathParam("id") long id, SetupJson body) {
    SetupJson given = body == null ? new SetupJson() : body;
    return setup.describe(
        id,
        given.deadline,
        ReferenceJson.input(given.directive),
        ReferenceJson.input(given.guidance));
  }

  /** Opens the assessment to its offices; 400 listing every criterion assigned to nobody. */
  @POST
  @Path("{id}/open")
  public AssessmentSummary open(@PathParam("id") long id) {
    return setup.open(id);
  }

  /** Body of POST /assessments and PUT .../setup. */
  public static class SetupJson {
    public Long unit;
    public Integer year;
    public Long version;
    public LocalDate deadline;
    public ReferenceJson directive;
    public ReferenceJson guidance;
  }

  /** A document reference: number, date, issuer. */
  public static class ReferenceJson {
    public String number;
    public LocalDate date;
    public String issuer;

    static ReferenceInput input(ReferenceJson json) {
      return json == null ? null : new ReferenceInput(json.number, json.date, json.issuer);
    }
  }
}
