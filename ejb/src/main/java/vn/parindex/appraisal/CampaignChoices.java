package vn.parindex.appraisal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.util.List;
import vn.parindex.access.Roles;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.catalogue.NodeKind;
import vn.parindex.catalogue.VersionStatus;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Block;
import vn.parindex.organisation.CallerAccount;

/**
 * What the Sở Nội vụ chooses from while it sets a campaign up: the published index versions, the
 * units of its province that may appraise, and the areas and criteria of a block's index.
 * Read-only; the choices themselves go through {@link CampaignService} and {@link
 * AppraiserMatrixService}.
 */
@Stateless
@RolesAllowed({Roles.PROVINCE, Roles.ADMIN})
public class CampaignChoices {
  @Inject private EntityManager em;
  @EJB private CallerAccount caller;

  /** A version a block may take part with. */
  public record VersionChoice(long id, String name, String unitLevel, int year)
      implements Serializable {}

  /** A unit of the province, as a member department that may appraise. */
  public record DepartmentChoice(long id, String name) implements Serializable {}

  /** An area or a criterion of the block's index, in index order. */
  public record NodeChoice(String code, String name, boolean area) implements Serializable {}

  /** The published versions, the newest year first. */
  public List<VersionChoice> versions(long campaignId) {
    runnable(campaignId);
    return em.createQuery(
            "select v from IndexVersion v where v.status = :published"
                + " order by v.year desc, v.name",
            IndexVersion.class)
        .setParameter("published", VersionStatus.PUBLISHED)
        .getResultStream()
        .map(v -> new VersionChoice(v.id(), v.name(), v.unitLevel(), v.year()))
        .toList();
  }

  /** The units of the campaign's province, by name. */
  public List<DepartmentChoice> departments(long campaignId) {
    Campaign campaign = runnable(campaignId);
    return em.createQuery(
            "select u from AssessedUnit u where u.province = :province order by u.name, u.id",
            AssessedUnit.class)
        .setParameter("province", campaign.province())
        .getResultStream()
        .map(u -> new DepartmentChoice(u.id(), u.name()))
        .toList();
  }

  /** The areas and criteria of the block's index; none while the block does not take part. */
  public List<NodeChoice> nodes(long campaignId, long blockId) {
    CampaignAccess access = new CampaignAccess(em, caller.policy());
    Campaign campaign = runnable(access, campaignId);
    Block block = access.block(campaign, blockId);
    return campaign
        .versionOf(block)
        .map(
            v ->
                v.nodes().stream()
                    .filter(n -> n.kind() != NodeKind.COMPONENT)
                    .sorted((a, b) -> a.code().compareTo(b.code()))
                    .map(
                        n ->
                            new NodeChoice(
                                n.code().toString(), n.name(), n.kind() == NodeKind.AREA))
                    .toList())
        .orElse(List.of());
  }

  private Campaign runnable(long campaignId) {
    return runnable(new CampaignAccess(em, caller.policy()), campaignId);
  }

  /** The campaign when the caller runs it; read, not locked: nothing here changes it. */
  private static Campaign runnable(CampaignAccess access, long campaignId) {
    Campaign campaign = access.readable(campaignId);
    access.requireRuns(campaign.province());
    return campaign;
  }
}
