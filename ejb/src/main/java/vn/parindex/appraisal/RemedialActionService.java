package vn.parindex.appraisal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.CriterionChange;
import vn.parindex.catalogue.VersionComparison;
import vn.parindex.kernel.Refusal;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.organisation.Office;
import vn.parindex.platform.NotFoundException;

/**
 * The unit's remedial plan (kế hoạch khắc phục): once the council's approval of its block is in
 * force, the unit's consolidating office or leader records, for each criterion where the final
 * result lost points, what it will do next year. The unit and the province read it; next year's
 * assessment of the unit shows each action beside the criterion that continues the one it was
 * recorded on.
 */
@Stateless
@RolesAllowed({Roles.CONSOLIDATOR, Roles.LEADER, Roles.ADMIN, Roles.PROVINCE, Roles.COUNCIL})
public class RemedialActionService {
  private static final java.util.Comparator<Criterion> INDEX_ORDER =
      java.util.Comparator.comparingInt(Criterion::position)
          .thenComparing(c -> c.code().toString());

  @Inject private EntityManager em;
  @EJB private CallerAccount caller;
  @Inject private Clock clock;

  /** The lost criteria with their actions, and last year's actions carried over. */
  public RemedialPlan of(long assessmentId) {
    Assessment assessment =
        new AssessmentAccess(em, caller.get()).permitted(assessmentId, Permission.READ_UNIT);
    AppraisalRecords records = new AppraisalRecords(em);
    boolean appraised =
        assessment.campaign().isPresent() && records.submission(assessment).isPresent();
    if (!appraised) {
      return new RemedialPlan(
          assessment.id(), assessment.year(), false, List.of(), carried(assessment));
    }
    UnitAppraisal result = AppraisalResults.build(records, assessment);
    Map<String, RemedialAction> actions = new HashMap<>();
    new RemedialRecords(em)
        .of(assessment)
        .forEach(a -> actions.put(a.criterion().code().toString(), a));
    List<RemedialActionView> lost = new ArrayList<>();
    for (AppraisalLine line : lostLines(result)) {
      lost.add(RemedialActionView.of(line, actions.get(line.code())));
    }
    return new RemedialPlan(
        assessment.id(), assessment.year(), result.approved(), lost, carried(assessment));
  }

  /**
   * Records the action for a lost criterion, replacing the one there.
   *
   * @throws Refusal (409) before the council's approval is in force
   * @throws NotFoundException for a criterion the assessment does not have, or an office the unit
   *     does not have
   * @throws AppraisalRefusal (400) for a criterion that lost no points, or an empty action
   */
  @RolesAllowed({Roles.CONSOLIDATOR, Roles.LEADER})
  public RemedialActionView record(long assessmentId, String code, RemedialEntry entry) {
    Assessment assessment = writable(assessmentId);
    UnitAppraisal result = approvedResult(assessment);
    Criterion criterion = AppraisalService.appraisedCriterion(assessment.version(), code);
    AppraisalLine line =
        lostLines(result).stream()
            .filter(l -> l.code().equals(criterion.code().toString()))
            .findFirst()
            .orElseThrow(() -> new AppraisalRefusal("code", "remedial.notLost", criterion.code()));
    RemedialRecords records = new RemedialRecords(em);
    RemedialEntry given = entry == null ? new RemedialEntry(null, null, null) : entry;
    Office office = null;
    if (given.office() != null && !given.office().isBlank()) {
      office =
          records
              .office(assessment, given.office().strip())
              .orElseThrow(() -> new NotFoundException("remedial.office.notFound", given.office()));
    }
    RemedialAction action = records.of(assessment, criterion).orElse(null);
    boolean created = action == null;
    if (created) {
      action = new RemedialAction(assessment, criterion);
    }
    action.plan(given.action(), office, given.due(), caller.get().username(), clock.instant());
    if (created) {
      em.persist(action);
    }
    return RemedialActionView.of(line, action);
  }

  /** Removes the action recorded for a criterion; nothing recorded is not an error. */
  @RolesAllowed({Roles.CONSOLIDATOR, Roles.LEADER})
  public void remove(long assessmentId, String code) {
    Assessment assessment = writable(assessmentId);
    approvedResult(assessment);
    Criterion criterion = AppraisalService.appraisedCriterion(assessment.version(), code);
    new RemedialRecords(em).of(assessment, criterion).ifPresent(em::remove);
  }

  /**
   * Last year's actions by the code of this assessment's criterion they concern: what the office's
   * criteria page and scoring dialog show. Every reader of the assessment, its offices included,
   * sees them.
   */
  @RolesAllowed({
    Roles.CONSOLIDATOR,
    Roles.LEADER,
    Roles.ADMIN,
    Roles.PROVINCE,
    Roles.COUNCIL,
    Roles.OFFICE
  })
  public Map<String, CarriedAction> carriedOver(long assessmentId) {
    Assessment assessment = new AssessmentAccess(em, caller.get()).visible(assessmentId);
    Map<String, CarriedAction> byCode = new LinkedHashMap<>();
    carried(assessment).forEach(a -> byCode.put(a.code(), a));
    return byCode;
  }

  private List<CarriedAction> carried(Assessment current) {
    RemedialRecords records = new RemedialRecords(em);
    Assessment previous = records.previousWithActions(current).orElse(null);
    if (previous == null) {
      return List.of();
    }
    // each criterion of the earlier version is continued by at most one of the current version
    Map<Long, Criterion> continuedBy = new HashMap<>();
    for (CriterionChange change :
        VersionComparison.compare(previous.version(), current.version())) {
      if (change.before() != null && change.after() != null) {
        continuedBy.put(change.before().id(), change.after());
      }
    }
    Map<Criterion, CarriedAction> carried = new java.util.TreeMap<>(INDEX_ORDER);
    for (RemedialAction action : records.of(previous)) {
      Criterion now = continuedBy.get(action.criterion().id());
      if (now != null) {
        carried.put(
            now,
            new CarriedAction(
                now.code().toString(),
                previous.year(),
                action.criterion().code().toString(),
                action.action(),
                action.office().map(Office::name).orElse(null),
                action.due().orElse(null)));
      }
    }
    return List.copyOf(carried.values());
  }

  private Assessment writable(long assessmentId) {
    return new AssessmentAccess(em, caller.get())
        .permitted(assessmentId, Permission.SUBMIT, LockModeType.PESSIMISTIC_WRITE);
  }

  private UnitAppraisal approvedResult(Assessment assessment) {
    AppraisalRecords records = new AppraisalRecords(em);
    if (assessment.campaign().isEmpty() || records.submission(assessment).isEmpty()) {
      throw Refusal.conflict("remedial.notApproved", assessment.unit().name());
    }
    UnitAppraisal result = AppraisalResults.build(records, assessment);
    if (!result.approved()) {
      throw Refusal.conflict("remedial.notApproved", assessment.unit().name());
    }
    return result;
  }

  private static List<AppraisalLine> lostLines(UnitAppraisal result) {
    return result.lines().stream().filter(l -> l.finalPoints().compareTo(l.max()) < 0).toList();
  }
}
