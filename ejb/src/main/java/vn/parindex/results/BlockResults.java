package vn.parindex.results;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import vn.parindex.access.Roles;
import vn.parindex.appraisal.Campaign;
import vn.parindex.appraisal.CampaignAccess;
import vn.parindex.organisation.CallerAccount;

/**
 * A province's results per block: every unit's final points per area, survey, bonus, penalty,
 * total, percentage, rank and band, from a fixed handful of block-wide reads whatever the number of
 * units. Read by the Sở Nội vụ and the council of the province; once the block is announced, the
 * stored lines of the announcement answer. ({@link BlockFigures}).
 */
@Stateless
@RolesAllowed({Roles.PROVINCE, Roles.COUNCIL, Roles.ADMIN})
public class BlockResults {
  @Inject private EntityManager em;
  @EJB private CallerAccount caller;

  /** The block's results; 404 for a campaign the caller may not read or a block not in it. */
  public BlockResult of(long campaignId, long blockId) {
    Campaign campaign = new CampaignAccess(em, caller.policy()).readable(campaignId);
    return new BlockFigures(em).of(campaign, BlockFigures.blockOf(campaign, blockId));
  }

  /** Every block of the campaign, in the campaign's order. */
  public List<BlockResult> ofCampaign(long campaignId) {
    Campaign campaign = new CampaignAccess(em, caller.policy()).readable(campaignId);
    BlockFigures figures = new BlockFigures(em);
    return campaign.blocks().stream().map(b -> figures.of(campaign, b.block())).toList();
  }
}
