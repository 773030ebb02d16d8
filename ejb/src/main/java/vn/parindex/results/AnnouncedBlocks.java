package vn.parindex.results;

import jakarta.persistence.EntityManager;
import vn.parindex.appraisal.Campaign;
import vn.parindex.assessment.Assessment;
import vn.parindex.kernel.Refusal;
import vn.parindex.organisation.Block;

/**
 * Announced results never change: what the services that change a block's figures (appraised
 * scores, survey, bonus and penalty, the council's approval) ask before they do.
 */
public final class AnnouncedBlocks {
  private AnnouncedBlocks() {}

  /** 409 when the block's results of the campaign are announced. */
  public static void requireNotAnnounced(EntityManager em, Campaign campaign, Block block) {
    if (!em.createNamedQuery(BlockAnnouncement.OF_BLOCK, BlockAnnouncement.class)
        .setParameter("campaign", campaign)
        .setParameter("block", block)
        .getResultList()
        .isEmpty()) {
      throw Refusal.conflict("results.announced.frozen", block.name());
    }
  }

  /** 409 when the results of the assessment's block in its campaign are announced. */
  public static void requireNotAnnounced(EntityManager em, Assessment assessment) {
    Campaign campaign = assessment.campaign().orElse(null);
    Block block = assessment.unit().block().orElse(null);
    if (campaign != null && block != null) {
      requireNotAnnounced(em, campaign, block);
    }
  }
}
