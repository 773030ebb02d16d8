package vn.parindex.appraisal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import vn.parindex.access.AccessPolicy;
import vn.parindex.access.Permission;
import vn.parindex.organisation.Block;
import vn.parindex.organisation.Province;
import vn.parindex.platform.AccessDeniedException;
import vn.parindex.platform.NotFoundException;

/**
 * Finds campaigns, provinces and blocks as the {@link AccessPolicy} lets the caller: 404 for those
 * of a province the caller does not belong to, 403 when it reads them but may not run the campaign.
 * The Sở Nội vụ runs its province's campaign; its council and appraisers read it; a system
 * administrator does both everywhere.
 */
public final class CampaignAccess {
  private final EntityManager em;
  private final AccessPolicy policy;

  public CampaignAccess(EntityManager em, AccessPolicy policy) {
    this.em = em;
    this.policy = policy;
  }

  AccessPolicy policy() {
    return policy;
  }

  /** Reads the province's campaign: its Sở Nội vụ, council and appraisers. */
  public boolean reads(Province province) {
    return policy.mayInProvince(Permission.READ_UNIT, province)
        || policy.mayInProvince(Permission.RUN_CAMPAIGN, province)
        || policy.mayInProvince(Permission.APPRAISE, province);
  }

  Province province(Long provinceId) {
    Province province = provinceId == null ? null : em.find(Province.class, provinceId);
    if (province == null || !reads(province)) {
      throw new NotFoundException("appraisal.province.notFound", String.valueOf(provinceId));
    }
    return province;
  }

  public Campaign readable(long campaignId) {
    return readable(campaignId, LockModeType.NONE);
  }

  /** The campaign, when the caller may run it; locked, so two changes take turns. */
  public Campaign runnable(long campaignId) {
    Campaign campaign = readable(campaignId, LockModeType.PESSIMISTIC_WRITE);
    requireRuns(campaign.province());
    return campaign;
  }

  public void requireRuns(Province province) {
    if (!policy.mayInProvince(Permission.RUN_CAMPAIGN, province)) {
      throw new AccessDeniedException("access.denied");
    }
  }

  /** A block of the campaign's province. */
  public Block block(Campaign campaign, long blockId) {
    Block block = em.find(Block.class, blockId);
    if (block == null || !block.province().equals(campaign.province())) {
      throw new NotFoundException("appraisal.block.notFound", String.valueOf(blockId));
    }
    return block;
  }

  private Campaign readable(long campaignId, LockModeType lock) {
    Campaign campaign = em.find(Campaign.class, campaignId, lock);
    if (campaign == null || !reads(campaign.province())) {
      throw new NotFoundException("appraisal.campaign.notFound", String.valueOf(campaignId));
    }
    return campaign;
  }
}
