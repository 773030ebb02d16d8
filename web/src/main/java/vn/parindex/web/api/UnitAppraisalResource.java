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
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import vn.parindex.appraisal.AppraisalEntry;
import vn.parindex.appraisal.AppraisalLine;
import vn.parindex.appraisal.AppraisalResults;
import vn.parindex.appraisal.AppraisalService;
import vn.parindex.appraisal.ExplanationEntry;
import vn.parindex.appraisal.ExplanationService;
import vn.parindex.appraisal.ExplanationView;
import vn.parindex.appraisal.RoundDecision;
import vn.parindex.appraisal.UnitAppraisal;

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
