package vn.parindex.appraisal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.access.Roles;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Block;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.platform.BusinessException;
import vn.parindex.scoring.CriterionCode;

/**
 * The appraiser matrix of a campaign's block: which member department appraises which area (or
 * single criterion) of every unit of the block. The Sở Nội vụ sets it; its council and appraisers
 * read it.
 */
@Stateless
@RolesAllowed({Roles.PROVINCE, Roles.COUNCIL, Roles.APPRAISER, Roles.ADMIN})
public class AppraiserMatrixService {
  @Inject private EntityManager em;
  @EJB private CallerAccount caller;

  /** The block's cells in the order of their codes. */
  public List<AppraiserCell> cells(long campaignId, long blockId) {
    CampaignAccess access = new CampaignAccess(em, caller.policy());
    Campaign campaign = access.readable(campaignId);
    return cellsOf(campaign, access.block(campaign, blockId));
  }

  /** One requested cell: a node's code and the department's unit id. */
  public record CellInput(String node, Long department) {}

  /**
   * Replaces the block's cells by these: cells not named go, a named node changes department or is
   * added. Refused with nothing changed for a node the block's index lacks, a department of another
   * province, a node named twice or a block not taking part.
   */
  @RolesAllowed({Roles.PROVINCE, Roles.ADMIN})
  public List<AppraiserCell> replace(long campaignId, long blockId, List<CellInput> cells) {
    CampaignAccess access = new CampaignAccess(em, caller.policy());
    Campaign campaign = access.runnable(campaignId);
    Block block = access.block(campaign, blockId);
    if (campaign.versionOf(block).isEmpty()) {
      throw new BusinessException("appraisal.matrix.blockNotInCampaign").onField("block");
    }
    Map<CriterionCode, AssessedUnit> wanted = new HashMap<>();
    for (CellInput cell : cells == null ? List.<CellInput>of() : cells) {
      CriterionCode node = code(cell);
      if (wanted.put(node, department(cell)) != null) {
        throw new BusinessException("appraisal.matrix.nodeTwice", node.toString()).onField("node");
      }
    }
    Map<CriterionCode, AppraiserAssignment> existing = new HashMap<>();
    for (AppraiserAssignment a : assignments(campaign, block)) {
      if (wanted.containsKey(a.node())) {
        existing.put(a.node(), a);
      } else {
        em.remove(a);
      }
    }
    // removals first: the unique (campaign, block, node) must not see a row about to go
    em.flush();
    wanted.forEach(
        (node, department) -> {
          AppraiserAssignment current = existing.get(node);
          if (current == null) {
            em.persist(new AppraiserAssignment(campaign, block, node, department));
          } else {
            current.giveTo(department);
          }
        });
    em.flush();
    return cellsOf(campaign, block);
  }

  private static CriterionCode code(CellInput cell) {
    if (cell == null || cell.node() == null) {
      throw new BusinessException("appraisal.matrix.nodeRequired").onField("node");
    }
    try {
      return CriterionCode.of(cell.node().strip());
    } catch (IllegalArgumentException e) {
      throw new BusinessException("appraisal.matrix.unknownNode", cell.node()).onField("node");
    }
  }

  private AssessedUnit department(CellInput cell) {
    AssessedUnit department =
        cell.department() == null ? null : em.find(AssessedUnit.class, cell.department());
    if (department == null) {
      throw new BusinessException(
              "appraisal.matrix.unknownDepartment", String.valueOf(cell.department()))
          .onField("department");
    }
    return department;
  }

  private List<AppraiserCell> cellsOf(Campaign campaign, Block block) {
    return assignments(campaign, block).stream()
        .sorted(Comparator.comparing(AppraiserAssignment::node))
        .map(AppraiserCell::of)
        .toList();
  }

  private List<AppraiserAssignment> assignments(Campaign campaign, Block block) {
    return em.createQuery(
            "select a from AppraiserAssignment a join fetch a.department"
                + " where a.campaign = :campaign and a.block = :block",
            AppraiserAssignment.class)
        .setParameter("campaign", campaign)
        .setParameter("block", block)
        .getResultList();
  }
}
