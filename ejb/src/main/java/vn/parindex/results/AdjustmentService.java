package vn.parindex.results;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.parindex.access.AccessPolicy;
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.appraisal.AppraisalRecords;
import vn.parindex.appraisal.AppraisalRefusal;
import vn.parindex.appraisal.Campaign;
import vn.parindex.appraisal.CampaignAccess;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.ChangeRecord;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.evidence.Evidence;
import vn.parindex.kernel.Refusal;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.platform.AccessDeniedException;
import vn.parindex.platform.NotFoundException;
import vn.parindex.scoring.CriterionCode;

/**
 * Bonus and penalty points of a unit in a province's campaign, entered with a reason by the Sở Nội
 * vụ, or by the appraiser whose department the appraiser matrix gives the node. Refused once the
 * block's results are announced.
 */
@Stateless
@RolesAllowed({Roles.PROVINCE, Roles.COUNCIL, Roles.APPRAISER, Roles.ADMIN})
public class AdjustmentService {
  @Inject private EntityManager em;
  @EJB private CallerAccount caller;
  @Inject private Clock clock;

  /** Every bonus and penalty node of the unit's index, in index order, with what was entered. */
  public List<AdjustmentView> of(long assessmentId) {
    Assessment assessment = visible(assessmentId, LockModeType.NONE);
    IndexVersion version = assessment.version();
    List<Adjustment> entered = entered(assessment);
    return version.nodes().stream()
        .filter(n -> n.method().isAdjustment() && version.isLeaf(n))
        .sorted(Comparator.comparing(Criterion::code))
        .map(
            n ->
                view(
                    n,
                    entered.stream().filter(a -> a.criterion().equals(n)).findFirst(),
                    mayEnter(assessment, n.code())))
        .toList();
  }

  /** Enters or replaces the points of one bonus or penalty node. */
  public AdjustmentView enter(
      long assessmentId, String code, BigDecimal points, String reason, Long evidenceId) {
    Assessment assessment = visible(assessmentId, LockModeType.PESSIMISTIC_WRITE);
    requireMayEnter(assessment, parse(code));
    Criterion node = adjustmentNode(assessment, code);
    Evidence evidence = evidenceId == null ? null : evidence(assessment, evidenceId);
    String by = caller.get().username();
    Optional<Adjustment> existing = entered(assessment, node);
    String before = existing.map(AdjustmentService::describe).orElse(null);
    String reasonBefore = existing.map(Adjustment::reason).orElse(null);
    Instant now = clock.instant();
    Adjustment adjustment;
    if (existing.isPresent()) {
      adjustment = existing.get();
      adjustment.enter(points, reason, evidence, by, now);
    } else {
      adjustment = new Adjustment(assessment, node, points, reason, evidence, by, now);
      em.persist(adjustment);
    }
    if (!describe(adjustment).equals(before) || !adjustment.reason().equals(reasonBefore)) {
      recordChange(adjustment, before, describe(adjustment), adjustment.reason(), by, now);
    }
    return view(node, Optional.of(adjustment), true);
  }

  /** Clears the points of one bonus or penalty node; 404 when none were entered. */
  public void clear(long assessmentId, String code) {
    Assessment assessment = visible(assessmentId, LockModeType.PESSIMISTIC_WRITE);
    requireMayEnter(assessment, parse(code));
    Criterion node = adjustmentNode(assessment, code);
    Adjustment cleared =
        entered(assessment, node)
            .orElseThrow(() -> new NotFoundException("adjustment.notFound", code));
    recordChange(cleared, describe(cleared), null, null, caller.get().username(), clock.instant());
    em.remove(cleared);
  }

  /**
   * Writes the change in the criterion's history, as a survey import or an appraiser's decision
   * does, so that the unit's history tells who moved its bonus or penalty, when, and why.
   */
  private void recordChange(
      Adjustment adjustment, String before, String after, String reason, String by, Instant at) {
    em.persist(
        ChangeRecord.withReason(
            adjustment.assessment(),
            adjustment.criterion(),
            ChangeRecord.Kind.ADJUSTMENT,
            before,
            after,
            reason,
            by,
            at));
  }

  /**
   * "T.2: 1.00", as a survey import writes its points: the kind of change names the node's part.
   */
  private static String describe(Adjustment adjustment) {
    return adjustment.criterion().code()
        + ": "
        + adjustment.points().toBigDecimal().toPlainString();
  }

  /** 404 unless the caller reads the unit's province: its Sở Nội vụ, council and appraisers. */
  private Assessment visible(long assessmentId, LockModeType lock) {
    Assessment assessment = em.find(Assessment.class, assessmentId, lock);
    boolean reads =
        assessment != null
            && assessment
                .unit()
                .province()
                .map(new CampaignAccess(em, caller.policy())::reads)
                .orElse(false);
    if (!reads) {
      throw new NotFoundException("assessment.notFound", String.valueOf(assessmentId));
    }
    return assessment;
  }

  private static CriterionCode parse(String code) {
    try {
      return CriterionCode.of(code == null ? "" : code.strip());
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("criterion.notFound", String.valueOf(code));
    }
  }

  /** 404 for a node the index does not have; 400 for one that is not a bonus or penalty leaf. */
  private static Criterion adjustmentNode(Assessment assessment, String code) {
    IndexVersion version = assessment.version();
    Criterion node =
        version
            .node(parse(code))
            .orElseThrow(() -> new NotFoundException("criterion.notFound", String.valueOf(code)));
    if (!node.method().isAdjustment() || !version.isLeaf(node)) {
      throw Refusal.invalid("code", "adjustment.notAdjustment", node.code().toString());
    }
    return node;
  }

  /**
   * 403 unless the caller may enter the node, asked before whether the node exists so that a caller
   * learns nothing of an index it may not change; 400 outside a campaign; 409 once announced.
   */
  private void requireMayEnter(Assessment assessment, CriterionCode node) {
    if (!mayEnter(assessment, node)) {
      throw new AccessDeniedException("access.denied");
    }
    Campaign campaign =
        assessment
            .campaign()
            .orElseThrow(() -> new AppraisalRefusal("assessment", "appraisal.notInCampaign"));
    assessment.unit().block().ifPresent(b -> AnnouncedBlocks.requireNotAnnounced(em, campaign, b));
  }

  /** The Sở Nội vụ of the unit's province, or the appraiser the matrix gives the node. */
  private boolean mayEnter(Assessment assessment, CriterionCode node) {
    AccessPolicy policy = caller.policy();
    AssessedUnit unit = assessment.unit();
    if (unit.province().map(p -> policy.mayInProvince(Permission.RUN_CAMPAIGN, p)).orElse(false)) {
      return true;
    }
    Campaign campaign = assessment.campaign().orElse(null);
    if (campaign == null || unit.block().isEmpty()) {
      return false;
    }
    return new AppraisalRecords(em)
        .matrix(campaign, unit.block().get())
        .departmentOf(node)
        .map(d -> policy.mayAppraise(unit, em.getReference(AssessedUnit.class, d)))
        .orElse(false);
  }

  private Evidence evidence(Assessment assessment, long evidenceId) {
    Evidence evidence = em.find(Evidence.class, evidenceId);
    if (evidence == null || !evidence.assessment().equals(assessment)) {
      throw Refusal.invalid("evidence", "adjustment.evidence.otherUnit");
    }
    return evidence;
  }

  private List<Adjustment> entered(Assessment assessment) {
    return em.createNamedQuery(Adjustment.OF_ASSESSMENT, Adjustment.class)
        .setParameter("assessment", assessment)
        .getResultList();
  }

  private Optional<Adjustment> entered(Assessment assessment, Criterion node) {
    return entered(assessment).stream().filter(a -> a.criterion().equals(node)).findFirst();
  }

  private static AdjustmentView view(Criterion node, Optional<Adjustment> entered, boolean may) {
    return new AdjustmentView(
        node.code().toString(),
        node.name(),
        node.method().code(),
        node.maxPoints().toBigDecimal(),
        entered.map(a -> a.points().toBigDecimal()).orElse(null),
        entered.map(Adjustment::reason).orElse(null),
        entered.flatMap(Adjustment::evidence).map(Evidence::id).orElse(null),
        entered.map(Adjustment::enteredBy).orElse(null),
        entered.map(Adjustment::enteredAt).orElse(null),
        may);
  }
}
