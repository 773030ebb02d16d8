package vn.parindex.dashboard;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.parindex.access.Roles;
import vn.parindex.appraisal.AppraisalResults;
import vn.parindex.appraisal.CampaignService;
import vn.parindex.appraisal.CampaignView;
import vn.parindex.appraisal.SubmissionOverview;
import vn.parindex.appraisal.SubmissionService;
import vn.parindex.appraisal.UnitAppraisal;
import vn.parindex.platform.NotFoundException;

/**
 * The province's dashboard of one block of a campaign, for the Sở Nội vụ, the council and system
 * administrators. Who may read it is who may read the campaign's submissions: the province's
 * appraisers and the units are refused there.
 */
@Stateless
@RolesAllowed({Roles.PROVINCE, Roles.COUNCIL, Roles.ADMIN})
public class ProvinceDashboardService {
  @EJB private SubmissionService submissions;
  @EJB private CampaignService campaigns;
  @EJB private AppraisalResults results;

  /** The block's dashboard; the campaign's first block when none is given. */
  public ProvinceDashboard dashboard(long campaignId, Long blockId) {
    SubmissionOverview overview = submissions.overview(campaignId);
    CampaignView campaign = campaigns.campaign(campaignId);
    CampaignView.BlockIndex block =
        campaign.blocks().stream()
            .filter(b -> blockId == null || b.blockId() == blockId)
            .findFirst()
            .orElseThrow(
                () -> new NotFoundException("appraisal.block.notFound", String.valueOf(blockId)));
    BlockFigures now = figures(campaign, block, overview);
    BlockFigures last = lastYear(campaign, block.blockId()).orElse(null);
    return ProvinceDashboard.of(now, last);
  }

  /** The same block in the province's campaign of the year before, when it took part. */
  private Optional<BlockFigures> lastYear(CampaignView campaign, long blockId) {
    return campaigns.campaigns(campaign.provinceId()).stream()
        .filter(c -> c.year() == campaign.year() - 1)
        .findFirst()
        .flatMap(
            last ->
                last.blocks().stream()
                    .filter(b -> b.blockId() == blockId)
                    .findFirst()
                    .map(b -> figures(last, b, submissions.overview(last.id()))));
  }

  /**
   * The block's figures from each submitted unit's appraisal result: final points per area and in
   * total, ranked by competition ranking (ties share a rank). No bands: the results per block set
   * them.
   */
  private BlockFigures figures(
      CampaignView campaign, CampaignView.BlockIndex block, SubmissionOverview overview) {
    List<BlockFigures.Area> areas = new ArrayList<>();
    BigDecimal max = null;
    List<BlockFigures.Unit> units = new ArrayList<>();
    List<SubmissionOverview.UnitSubmission> assessed =
        overview.blocks().stream()
            .filter(b -> b.blockId() == block.blockId())
            .flatMap(b -> b.units().stream())
            .filter(u -> "SUBMITTED".equals(u.state()))
            .toList();
    for (SubmissionOverview.UnitSubmission unit : assessed) {
      UnitAppraisal result = results.of(unit.assessmentId());
      if (areas.isEmpty()) {
        result.areas().forEach(a -> areas.add(new BlockFigures.Area(a.code(), a.name(), a.max())));
        max = result.totals().max();
      }
      BigDecimal total = result.totals().finalPoints();
      units.add(
          new BlockFigures.Unit(
              unit.unitId(),
              unit.unitName(),
              result.areas().stream().map(UnitAppraisal.AreaTotal::finalPoints).toList(),
              total,
              HeatStep.percent(total, result.totals().max()),
              0,
              null,
              !result.approved()));
    }
    return new BlockFigures(
        campaign.id(),
        campaign.year(),
        block.blockId(),
        block.blockName(),
        block.versionName(),
        false,
        List.copyOf(areas),
        max,
        ranked(units));
  }

  private static List<BlockFigures.Unit> ranked(List<BlockFigures.Unit> units) {
    Comparator<BigDecimal> byTotal = Comparator.nullsLast(Comparator.reverseOrder());
    List<BlockFigures.Unit> sorted =
        units.stream().sorted(Comparator.comparing(BlockFigures.Unit::total, byTotal)).toList();
    List<BlockFigures.Unit> ranked = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      BlockFigures.Unit u = sorted.get(i);
      int rank =
          i > 0 && byTotal.compare(sorted.get(i - 1).total(), u.total()) == 0
              ? ranked.get(i - 1).rank()
              : i + 1;
      ranked.add(
          new BlockFigures.Unit(
              u.unitId(),
              u.unitName(),
              u.areaPoints(),
              u.total(),
              u.percent(),
              rank,
              u.band(),
              u.provisional()));
    }
    return List.copyOf(ranked);
  }
}
