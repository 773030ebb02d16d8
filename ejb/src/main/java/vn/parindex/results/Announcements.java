package vn.parindex.results;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.access.Roles;
import vn.parindex.appraisal.AppraisalRecords;
import vn.parindex.appraisal.Campaign;
import vn.parindex.appraisal.CampaignAccess;
import vn.parindex.kernel.Refusal;
import vn.parindex.organisation.Block;
import vn.parindex.organisation.CallerAccount;

/**
 * The announcement of a block's results by the People's Committee's decision, recorded by the Sở
 * Nội vụ once the council approved the block. It stores the lines as they stand, and from then on
 * the block's results are those lines: appraised scores, survey, bonus, penalty and the approval no
 * longer change.
 */
@Stateless
@RolesAllowed({Roles.PROVINCE, Roles.ADMIN})
public class Announcements {
  @Inject private EntityManager em;
  @EJB private CallerAccount caller;
  @Inject private Clock clock;

  public BlockResult announce(
      long campaignId, long blockId, String decisionNumber, LocalDate decisionDate) {
    CampaignAccess access = new CampaignAccess(em, caller.policy());
    Campaign campaign = access.runnable(campaignId);
    Block block = BlockFigures.blockOf(campaign, blockId);
    ResultRecords records = new ResultRecords(em);
    if (records.announcement(campaign, block).isPresent()) {
      throw Refusal.conflict("results.announcement.already", block.name());
    }
    if (new AppraisalRecords(em).approvalInForce(campaign, block).isEmpty()) {
      throw Refusal.conflict("results.announcement.notApproved", block.name());
    }
    BlockFigures figures = new BlockFigures(em);
    BlockResult result = figures.current(campaign, block);
    em.persist(
        new BlockAnnouncement(
            campaign,
            block,
            decisionNumber,
            decisionDate,
            snapshot(result),
            caller.get().username(),
            clock.instant()));
    em.flush();
    return figures.of(campaign, block);
  }

  private static BlockAnnouncement.Snapshot snapshot(BlockResult result) {
    List<AnnouncedArea> areas =
        result.areas().stream().map(a -> new AnnouncedArea(a.code(), a.name(), a.max())).toList();
    List<AnnouncedUnit> units = new ArrayList<>();
    List<AnnouncedPoints> points = new ArrayList<>();
    for (UnitResult u : result.units()) {
      units.add(
          new AnnouncedUnit(
              u.assessmentId(),
              u.unitId(),
              u.unitName(),
              u.survey(),
              u.bonus(),
              u.penalty(),
              u.total(),
              u.percent(),
              u.rank(),
              u.band(),
              u.provisional()));
      for (int i = 0; i < u.areaPoints().size(); i++) {
        BigDecimal p = u.areaPoints().get(i);
        points.add(new AnnouncedPoints(u.assessmentId(), i, p));
      }
    }
    return new BlockAnnouncement.Snapshot(
        result.versionId(), result.versionName(), result.max(), areas, units, points);
  }
}
