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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.parindex.appraisal.AppraisalItem;
import vn.parindex.appraisal.AppraisalNotices;
import vn.parindex.appraisal.AppraisalProgress;
import vn.parindex.appraisal.AppraisalService;
import vn.parindex.appraisal.ItemRef;
import vn.parindex.appraisal.RoundDecision;
import vn.parindex.platform.BusinessException;

/**
 * A campaign's appraisal: the caller's work list, "Đồng ý" on many criteria at once, the progress
 * of the round and the round's notices to the units.
 */
@Path("campaigns/{campaignId}/appraisal")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CampaignAppraisalResource {
  @EJB private AppraisalService appraisal;
  @EJB private AppraisalNotices notices;

  /** Body of POST .../agree: [{"assessmentId": 12, "code": "2.1.1"}, ...]. */
  public static class ItemRequest {
    public Long assessmentId;
    public String code;
  }

  @GET
  public List<AppraisalItem> worklist(@PathParam("campaignId") long campaignId) {
    return appraisal.worklist(campaignId);
  }

  @GET
  @Path("progress")
  public AppraisalProgress progress(@PathParam("campaignId") long campaignId) {
    return appraisal.progress(campaignId);
  }

  @POST
  @Path("agree")
  @Consumes(MediaType.APPLICATION_JSON)
  public List<RoundDecision> agree(
      @PathParam("campaignId") long campaignId, List<ItemRequest> request) {
    List<ItemRef> items = new ArrayList<>();
    for (ItemRequest r : request == null ? List.<ItemRequest>of() : request) {
      if (r == null || r.assessmentId == null) {
        throw new BusinessException("appraisal.item.assessmentRequired").onField("assessmentId");
      }
      items.add(new ItemRef(r.assessmentId, r.code));
    }
    return appraisal.agree(items);
  }

  /** Tells the units what the round changed; answers {"units": n}. */
  @POST
  @Path("rounds/{round}/notices")
  public Map<String, Integer> notices(
      @PathParam("campaignId") long campaignId, @PathParam("round") int round) {
    return Map.of("units", notices.send(campaignId, round));
  }
}
