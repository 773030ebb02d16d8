package vn.parindex.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.parindex.results.BlockResult;
import vn.parindex.results.BlockResults;

/**
 * A block's results in a campaign: figures, ranks and bands of every unit, as announced once
 * announced. The whole path is the root's own: a shorter root under "campaigns/{id}/blocks" would
 * take the campaign resource's other block paths away from it.
 */
@Path("campaigns/{id}/blocks/{blockId}/results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BlockResultResource {
  @EJB private BlockResults results;

  @GET
  public BlockResult results(@PathParam("id") long campaignId, @PathParam("blockId") long blockId) {
    return results.of(campaignId, blockId);
  }
}
