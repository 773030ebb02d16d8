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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import vn.parindex.appraisal.SubmissionService;
import vn.parindex.appraisal.SubmissionView;

/**
 * A unit's submission to the Sở Nội vụ: submitting (again), reading it, the province returning it,
 * the signed scan of the report, and extensions of the unit's explanation window.
 */
@Path("assessments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {
  @EJB private SubmissionService submissions;

  /** Submits the unit's self-assessment, or a list of the criteria in the way (400). */
  @POST
  @Path("{id}/submission")
  public Response submit(@PathParam("id") long id) {
    return Response.status(Response.Status.CREATED).entity(submissions.submit(id)).build();
  }

  @GET
  @Path("{id}/submission")
  public SubmissionView submission(@PathParam("id") long id) {
    return submissions.submission(id);
  }

  /** The Sở Nội vụ hands the whole submission back: {"reason": "..."}. */
  @POST
  @Path("{id}/submission/return")
  @Consumes(MediaType.APPLICATION_JSON)
  public SubmissionView returnToUnit(@PathParam("id") long id, ReasonJson body) {
    return submissions.returnToUnit(id, body == null ? null : body.reason);
  }

  /** The signed scan of the self-assessment report: {"evidenceId": 42}, a PDF of the assessment. */
  @PUT
  @Path("{id}/submission/signed-report")
  @Consumes(MediaType.APPLICATION_JSON)
  public SubmissionView signedReport(@PathParam("id") long id, SignedReportJson body) {
    return submissions.attachSignedReport(id, body == null ? null : body.evidenceId);
  }

  /** More time to explain a round: {"round": 1, "until": "2027-02-10", "reason": "..."}. */
  @POST
  @Path("{id}/explanation-extensions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response extend(@PathParam("id") long id, ExtensionJson body) {
    ExtensionJson e = body == null ? new ExtensionJson() : body;
    return Response.status(Response.Status.CREATED)
        .entity(submissions.grantExplanationExtension(id, e.round, e.until, e.reason))
        .build();
  }

  /** Body of POST .../submission/return. */
  public static class ReasonJson {
    public String reason;
  }

  /** Body of PUT .../submission/signed-report. */
  public static class SignedReportJson {
    public Long evidenceId;
  }

  /** Body of POST .../explanation-extensions. */
  public static class ExtensionJson {
    public Integer round;
    public LocalDate until;
    public String reason;
  }
}
