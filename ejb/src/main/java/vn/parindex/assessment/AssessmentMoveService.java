package vn.parindex.assessment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.CriterionChange;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.catalogue.VersionComparison;
import vn.parindex.catalogue.VersionStatus;
import vn.parindex.evidence.EvidenceLink;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.organisation.Office;
import vn.parindex.platform.BusinessException;
import vn.parindex.platform.NotFoundException;

/**
 * Moves an open assessment to a revision of its index (an amendment mid-year). Criteria whose rule
 * and max did not change keep their scores; changed ones start again and their offices are told;
 * removed ones keep their old scores with the old version. Nothing is deleted.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AssessmentMoveService {
  static final String NOTICE_RESET = "notice.criterionReset";
  static final String NOTICE_NEW = "notice.criterionNew";

  @Inject private EntityManager em;
  @EJB private CallerAccount caller;
  @Inject private Clock clock;
  @Resource private SessionContext context;

  /**
   * The assessments still on a version, oldest unit name first: after a revision is published, the
   * ones an administrator may move to it.
   */
  public List<AssessmentSummary> onVersion(long versionId) {
    caller.requireSystemAdministrator();
    return em.createQuery(
            "select a from Assessment a where a.version.id = :version"
                + " order by a.unit.name, a.year, a.id",
            Assessment.class)
        .setParameter("version", versionId)
        .getResultStream()
        .map(AssessmentSummary::of)
        .toList();
  }

  /** What a move would do, criterion by criterion, without doing it. */
  public List<MoveLine> preview(long assessmentId, long revisionId) {
    Assessment assessment = assessment(assessmentId);
    return plan(assessment, revision(assessment, revisionId)).lines();
  }

  public List<MoveLine> move(long assessmentId, long revisionId) {
    Assessment assessment = assessment(assessmentId);
    IndexVersion from = assessment.version();
    IndexVersion to = revision(assessment, revisionId);
    MovePlan plan = plan(assessment, to);
    plan.carry(em, assessment, context.getCallerPrincipal().getName(), Instant.now(clock));
    assessment.moveTo(to);
    em.persist(
        new VersionMove(
            assessment, from, to, context.getCallerPrincipal().getName(), Instant.now(clock)));
    em.flush();
    return plan.lines();
  }

  private MovePlan plan(Assessment assessment, IndexVersion to) {
    Map<Criterion, List<Assignment>> assignments =
        em.createQuery(
                "select a from Assignment a join fetch a.office where a.assessment = :assessment"
                    + " and a.criterion.version = :version",
                Assignment.class)
            .setParameter("assessment", assessment)
            .setParameter("version", assessment.version())
            .getResultStream()
            .collect(Collectors.groupingBy(Assignment::criterion));
    Map<Assignment, SelfScore> scores =
        assignments.isEmpty()
            ? Map.of()
            : em.createQuery(
                    "select s from SelfScore s where s.assignment.assessment = :assessment"
                        + " and s.assignment.criterion.version = :version",
                    SelfScore.class)
                .setParameter("assessment", assessment)
                .setParameter("version", assessment.version())
                .getResultStream()
                .collect(Collectors.toMap(SelfScore::assignment, Function.identity()));
    List<CriterionChange> changes = VersionComparison.compare(assessment.version(), to);
    return new MovePlan(assessment.version(), to, changes, assignments, scores);
  }

  private Assessment assessment(long assessmentId) {
    return new AssessmentAccess(em, caller.get()).permitted(assessmentId, Permission.MOVE_VERSION);
  }

  private IndexVersion revision(Assessment assessment, long revisionId) {
    IndexVersion to = em.find(IndexVersion.class, revisionId);
    if (to == null) {
      throw new NotFoundException("version.notFound", revisionId);
    }
    if (to.status() != VersionStatus.PUBLISHED) {
      throw new BusinessException("version.move.notPublished", to.name());
    }
    if (!descendsFrom(to, assessment.version())) {
      throw new BusinessException(
          "version.move.notRevision", to.name(), assessment.version().name());
    }
    return to;
  }

  private static boolean descendsFrom(IndexVersion newer, IndexVersion older) {
    for (IndexVersion v = newer.predecessor().orElse(null);
        v != null;
        v = v.predecessor().orElse(null)) {
      if (v.equals(older)) {
        return true;
      }
    }
    return false;
  }

  /** The outcome of each scored criterion, and the work of carrying scores and telling offices. */
  private record MovePlan(
      IndexVersion from,
      IndexVersion to,
      List<CriterionChange> changes,
      Map<Criterion, List<Assignment>> assignments,
      Map<Assignment, SelfScore> scores) {

    List<MoveLine> lines() {
      List<MoveLine> lines = new ArrayList<>();
      for (CriterionChange change : changes) {
        if (scored(change)) {
          lines.add(line(change));
        }
      }
      return lines;
    }

    /** Only leaves carry scores; parents are sums and the survey is the province's. */
    private boolean scored(CriterionChange change) {
      Criterion before = change.before();
      Criterion after = change.after();
      boolean beforeScored = before != null && before.isSelfAssessed() && from.isLeaf(before);
      boolean afterScored = after != null && after.isSelfAssessed() && to.isLeaf(after);
      return beforeScored || afterScored;
    }

    private MoveLine line(CriterionChange change) {
      Criterion before = change.before();
      Criterion after = change.after();
      List<Assignment> held =
          before == null ? List.of() : assignments.getOrDefault(before, List.of());
      MoveOutcome outcome = outcome(before, after, held);
      int carried =
          outcome == MoveOutcome.CARRIED_OVER
              ? (int) held.stream().filter(scores::containsKey).count()
              : 0;
      return new MoveLine(
          change.beforeCode(),
          change.afterCode(),
          (after != null ? after : before).name(),
          outcome,
          change.kinds(),
          held.stream().map(a -> a.office().name()).toList(),
          carried);
    }

    private MoveOutcome outcome(Criterion before, Criterion after, List<Assignment> held) {
      if (after == null || !after.isSelfAssessed() || !to.isLeaf(after)) {
        return MoveOutcome.REMOVED;
      }
      if (before == null || held.isEmpty()) {
        return MoveOutcome.NEW;
      }
      return after.scoresLike(before) ? MoveOutcome.CARRIED_OVER : MoveOutcome.RESET;
    }

    /** Gives the revision's criteria the same offices, carries scores over, tells offices. */
    void carry(EntityManager em, Assessment assessment, String by, Instant now) {
      for (CriterionChange change : changes) {
        if (!scored(change)) {
          continue;
        }
        Criterion before = change.before();
        Criterion after = change.after();
        List<Assignment> held =
            before == null ? List.of() : assignments.getOrDefault(before, List.of());
        MoveOutcome outcome = outcome(before, after, held);
        if (outcome == MoveOutcome.REMOVED || outcome == MoveOutcome.NEW) {
          if (outcome == MoveOutcome.NEW) {
            tellConsolidators(em, assessment, after, now);
          }
          continue;
        }
        for (Assignment old : held) {
          Assignment continuing = new Assignment(assessment, after, old.office(), old.isLead());
          em.persist(continuing);
          SelfScore score = scores.get(old);
          if (outcome == MoveOutcome.CARRIED_OVER && score != null) {
            em.persist(score.carriedOverTo(continuing));
            carryEvidence(em, old, continuing, by, now);
          } else if (outcome == MoveOutcome.RESET) {
            em.persist(new OfficeNotice(old.office(), assessment, NOTICE_RESET, label(after), now));
          }
        }
      }
    }

    /** The documents that supported the score support it on the continuing criterion too. */
    private static void carryEvidence(
        EntityManager em, Assignment old, Assignment continuing, String by, Instant now) {
      em.createQuery("select l from EvidenceLink l where l.assignment = :old", EvidenceLink.class)
          .setParameter("old", old)
          .getResultStream()
          .forEach(link -> em.persist(link.evidence().supports(continuing, by, now)));
    }

    private static void tellConsolidators(
        EntityManager em, Assessment assessment, Criterion added, Instant now) {
      List<Office> consolidators =
          em.createQuery(
                  "select o from Office o where o.unit = :unit and o.consolidator = true",
                  Office.class)
              .setParameter("unit", assessment.unit())
              .getResultList();
      for (Office office : consolidators) {
        em.persist(new OfficeNotice(office, assessment, NOTICE_NEW, label(added), now));
      }
    }

    private static String label(Criterion criterion) {
      return criterion.code() + " – " + criterion.name();
    }
  }
}
