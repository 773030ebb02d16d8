package vn.parindex.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.parindex.access.Roles;
import vn.parindex.appraisal.CampaignService;
import vn.parindex.appraisal.CampaignView;
import vn.parindex.catalogue.CriterionChange;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.catalogue.NodeKind;
import vn.parindex.catalogue.VersionComparison;
import vn.parindex.platform.NotFoundException;
import vn.parindex.results.BlockResult;
import vn.parindex.results.BlockResults;
import vn.parindex.results.UnitResult;

/**
 * The province's dashboard of one block of a campaign, for the Sở Nội vụ, the council and system
 * administrators, drawn from the results per block ({@link BlockResults}), which read the campaign
 * as the campaign's access says: another province's campaign is unknown (404).
 */
@Stateless
@RolesAllowed({Roles.PROVINCE, Roles.COUNCIL, Roles.ADMIN})
public class ProvinceDashboardService {
  @EJB private CampaignService campaigns;
  @EJB private BlockResults results;
  @Inject private EntityManager em;

  /** The block's dashboard; the campaign's first block when none is given. */
  public ProvinceDashboard dashboard(long campaignId, Long blockId) {
    CampaignView campaign = campaigns.campaign(campaignId);
    CampaignView.BlockIndex block =
        campaign.blocks().stream()
            .filter(b -> blockId == null || b.blockId() == blockId)
            .findFirst()
            .orElseThrow(
                () -> new NotFoundException("appraisal.block.notFound", String.valueOf(blockId)));
    BlockResult now = results.of(campaignId, block.blockId());
    Optional<BlockResult> last = lastYear(campaign, block.blockId());
    return ProvinceDashboard.of(
        figures(now),
        last.map(ProvinceDashboardService::figures).orElse(null),
        last.map(l -> lastAreaCodes(l.versionId(), now.versionId())).orElse(Map.of()));
  }

  /** The same block in the province's campaign of the year before, when it took part. */
  private Optional<BlockResult> lastYear(CampaignView campaign, long blockId) {
    return campaigns.campaigns(campaign.provinceId()).stream()
        .filter(c -> c.year() == campaign.year() - 1)
        .filter(c -> c.blocks().stream().anyMatch(b -> b.blockId() == blockId))
        .findFirst()
        .map(last -> results.of(last.id(), blockId));
  }

  /**
   * This year's areas to last year's, matched as the year-over-year comparison matches nodes
   * ({@link VersionComparison}): through the links a revision keeps, so a recoded area is still
   * itself.
   */
  private Map<String, String> lastAreaCodes(long lastVersionId, long versionId) {
    Map<String, String> codes = new HashMap<>();
    for (CriterionChange change :
        VersionComparison.compare(
            em.find(IndexVersion.class, lastVersionId), em.find(IndexVersion.class, versionId))) {
      if (change.before() != null
          && change.after() != null
          && change.after().kind() == NodeKind.AREA) {
        codes.put(change.afterCode(), change.beforeCode());
      }
    }
    return codes;
  }

  /** The results per block as the dashboard draws them: the same figures, ranks and bands. */
  static DashboardBlock figures(BlockResult result) {
    return new DashboardBlock(
        result.campaignId(),
        result.year(),
        result.blockId(),
        result.blockName(),
        result.versionName(),
        result.announced(),
        result.areas().stream()
            .map(a -> new DashboardBlock.Area(a.code(), a.name(), a.max()))
            .toList(),
        result.max(),
        result.units().stream()
            .sorted(Comparator.comparingInt(UnitResult::rank))
            .map(
                u ->
                    new DashboardBlock.Unit(
                        u.unitId(),
                        u.unitName(),
                        u.areaPoints(),
                        u.total(),
                        u.percent(),
                        u.rank(),
                        u.band(),
                        u.provisional()))
            .toList());
  }
}
