package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import vn.parindex.results.Announcements;
import vn.parindex.results.BlockResult;

/**
 * The announcement of a block's results by the People's Committee's decision, recorded by the Sở
 * Nội vụ once the council approved the block: it freezes the results. Answers the block's results
 * as announced.
 */
@Path("campaigns/{id}/blocks/{blockId}/announcement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BlockAnnouncementResource {
  @EJB private Announcements announcements;

  /** Body of POST: {"decisionNumber": "15/QĐ-UBND", "decisionDate": "2026-01-20"}. */
  public static class AnnouncementRequest {
    public String decisionNumber;
    public LocalDate decisionDate;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public BlockResult announce(
      @PathParam("id") long campaignId,
      @PathParam("blockId") long blockId,
      AnnouncementRequest request) {
    return announcements.announce(
        campaignId,
        blockId,
        request == null ? null : request.decisionNumber,
        request == null ? null : request.decisionDate);
  }
}
