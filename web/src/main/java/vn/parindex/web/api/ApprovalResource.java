package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.parindex.appraisal.ApprovalService;
import vn.parindex.appraisal.ApprovalView;

/** The council's approval of each block's appraised results, and its reopening with a reason. */
@Path("campaigns/{campaignId}/approvals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApprovalResource {
  @EJB private ApprovalService approvals;

  /** Body of POST .../reopen: {"reason": "..."}. */
  public static class ReopenRequest {
    public String reason;
  }

  @GET
  public List<ApprovalView> list(@PathParam("campaignId") long campaignId) {
    return approvals.approvals(campaignId);
  }

  @POST
  @Path("{blockId}")
  public ApprovalView approve(
      @PathParam("campaignId") long campaignId, @PathParam("blockId") long blockId) {
    return approvals.approve(campaignId, blockId);
  }

  @POST
  @Path("{blockId}/reopen")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApprovalView reopen(
      @PathParam("campaignId") long campaignId,
      @PathParam("blockId") long blockId,
      ReopenRequest request) {
    return approvals.reopen(campaignId, blockId, request == null ? null : request.reason);
  }
}
