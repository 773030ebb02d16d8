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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import vn.parindex.appraisal.AppraiserCell;
import vn.parindex.appraisal.AppraiserMatrixService;
import vn.parindex.appraisal.BulkCreation;
import vn.parindex.appraisal.CampaignService;
import vn.parindex.appraisal.CampaignView;
import vn.parindex.appraisal.RoundDates;
import vn.parindex.appraisal.SubmissionOverview;
import vn.parindex.appraisal.SubmissionService;

/**
 * A province's campaign (đợt đánh giá): its blocks and their index, deadlines, rounds, the units'
 * assessments created in bulk, the appraiser matrix and who submitted.
 */
@Path("campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CampaignResource {
  @EJB private CampaignService campaigns;
  @EJB private AppraiserMatrixService matrix;
  @EJB private SubmissionService submissions;

  @GET
  public List<CampaignView> campaigns(@QueryParam("province") Long province) {
    return campaigns.campaigns(province);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(CampaignJson body) {
    CampaignJson c = body == null ? new CampaignJson() : body;
    CampaignView created =
        campaigns.create(c.province, c.year, c.name, c.selfDeadline, c.submissionDeadline);
    return Response.status(Response.Status.CREATED).entity(created).build();
  }

  @GET
  @Path("{id}")
  public CampaignView campaign(@PathParam("id") long id) {
    return campaigns.campaign(id);
  }

  /** Renames the campaign and moves its deadlines. */
  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public CampaignView describe(@PathParam("id") long id, CampaignJson body) {
    CampaignJson c = body == null ? new CampaignJson() : body;
    return campaigns.describe(id, c.name, c.selfDeadline, c.submissionDeadline);
  }

  /** The block takes part with this published index version. */
  @PUT
  @Path("{id}/blocks/{blockId}")
  @Consumes(MediaType.APPLICATION_JSON)
  public CampaignView useIndex(
      @PathParam("id") long id, @PathParam("blockId") long blockId, BlockIndexJson body) {
    return campaigns.useIndex(id, blockId, body == null ? null : body.versionId);
  }

  /** One to three rounds, in order; every round but the last with its explanation window. */
  @PUT
  @Path("{id}/rounds")
  @Consumes(MediaType.APPLICATION_JSON)
  public CampaignView planRounds(@PathParam("id") long id, List<RoundJson> body) {
    List<RoundDates> dates =
        body == null
            ? null
            : body.stream()
                .map(
                    r ->
                        r == null || r.appraisalUntil == null
                            ? null
                            : new RoundDates(r.appraisalUntil, r.explanationUntil))
                .toList();
    return campaigns.planRounds(id, dates);
  }

  @POST
  @Path("{id}/rounds/{number}/open")
  public CampaignView openRound(@PathParam("id") long id, @PathParam("number") int number) {
    return campaigns.openRound(id, number);
  }

  @POST
  @Path("{id}/rounds/{number}/close")
  public CampaignView closeRound(@PathParam("id") long id, @PathParam("number") int number) {
    return campaigns.closeRound(id, number);
  }

  /** Creates every unit's assessment of the blocks taking part; again creates what is missing. */
  @POST
  @Path("{id}/assessments")
  public BulkCreation createAssessments(@PathParam("id") long id) {
    return campaigns.createAssessments(id);
  }

  @GET
  @Path("{id}/blocks/{blockId}/appraisers")
  public List<AppraiserCell> appraisers(
      @PathParam("id") long id, @PathParam("blockId") long blockId) {
    return matrix.cells(id, blockId);
  }

  /** Replaces the block's cells: [{"node": "2", "department": 12}, ...]. */
  @PUT
  @Path("{id}/blocks/{blockId}/appraisers")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<AppraiserCell> replaceAppraisers(
      @PathParam("id") long id, @PathParam("blockId") long blockId, List<CellJson> body) {
    List<AppraiserMatrixService.CellInput> cells =
        body == null
            ? List.of()
            : body.stream()
                .map(
                    c ->
                        c == null
                            ? null
                            : new AppraiserMatrixService.CellInput(c.node, c.department))
                .toList();
    return matrix.replace(id, blockId, cells);
  }

  /** Per block, who submitted (when, late or not), who is late and who has not yet. */
  @GET
  @Path("{id}/submissions")
  public SubmissionOverview submissions(@PathParam("id") long id) {
    return submissions.overview(id);
  }

  /** Body of POST and PUT campaigns. */
  public static class CampaignJson {
    public Long province;
    public Integer year;
    public String name;
    public LocalDate selfDeadline;
    public LocalDate submissionDeadline;
  }

  /** Body of PUT campaigns/{id}/blocks/{blockId}. */
  public static class BlockIndexJson {
    public Long versionId;
  }

  /** One round of PUT campaigns/{id}/rounds. */
  public static class RoundJson {
    public LocalDate appraisalUntil;
    public LocalDate explanationUntil;
  }

  /** One cell of PUT campaigns/{id}/blocks/{blockId}/appraisers. */
  public static class CellJson {
    public String node;
    public Long department;
  }
}
