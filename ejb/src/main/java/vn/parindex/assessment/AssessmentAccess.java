package vn.parindex.assessment;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.parindex.access.AccessPolicy;
import vn.parindex.access.Permission;
import vn.parindex.access.Scope;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Role;
import vn.parindex.organisation.UserAccount;
import vn.parindex.platform.AccessDeniedException;
import vn.parindex.platform.NotFoundException;

/**
 * Finds assessments as the {@link AccessPolicy} lets the caller: 404 for one the caller may not
 * know of (another unit's, or none), 403 for one it sees but may not change this way. Every service
 * that takes an assessment id goes through here.
 */
public final class AssessmentAccess {
  /** What changes the unit's self-assessment: refused while its submission is with the province. */
  private static final Set<Permission> CHANGES_SELF_ASSESSMENT =
      EnumSet.of(
          Permission.REVIEW, Permission.SET_DEADLINE, Permission.PREPARE, Permission.MOVE_VERSION);

  private final EntityManager em;
  private final AccessPolicy policy;

  public AssessmentAccess(EntityManager em, UserAccount account) {
    this.em = em;
    this.policy = new AccessPolicy(account);
  }

  public AccessPolicy policy() {
    return policy;
  }

  /**
   * The assessment, or 404 when it does not exist or the caller does not see it: readers of its
   * whole unit, and offices holding criteria in it.
   */
  public Assessment visible(long assessmentId) {
    return visible(assessmentId, LockModeType.NONE);
  }

  /** The assessment the caller sees, or 403 when it may not do this to it. */
  public Assessment permitted(long assessmentId, Permission permission) {
    return permitted(assessmentId, permission, LockModeType.NONE);
  }

  /**
   * As above, locked for a change that two people must not make at once. A change of the
   * self-assessment (review, deadline, set-up, assignment, move) is refused while the unit's
   * submission is with the province.
   */
  public Assessment permitted(long assessmentId, Permission permission, LockModeType lock) {
    Assessment assessment = visible(assessmentId, lock);
    require(permission, assessment.unit());
    if (CHANGES_SELF_ASSESSMENT.contains(permission)) {
      ChangeWindow.requireNotSubmitted(em, assessment);
    }
    return assessment;
  }

  /** 403 unless the caller has the permission in this unit. */
  public void require(Permission permission, AssessedUnit unit) {
    if (!policy.may(permission, unit)) {
      throw new AccessDeniedException("access.denied");
    }
  }

  /** Reads every office's work of the assessment's unit, rather than its own office's only. */
  public boolean readsWholeUnit(Assessment assessment) {
    return policy.readsWholeUnit(assessment.unit());
  }

  /** The assessments the caller sees, the newest year first. */
  public List<Assessment> visibleAssessments() {
    Scope whole = policy.scope(Permission.READ_UNIT);
    if (!(whole instanceof Scope.Nowhere)) {
      TypedQuery<Assessment> query =
          em.createQuery(
              "select a from Assessment a where "
                  + whole.condition("a.unit")
                  + " order by a.year desc, a.id",
              Assessment.class);
      whole.bind(query);
      return query.getResultList();
    }
    if (policy.scope(Role.OFFICE) instanceof Scope.Nowhere) {
      return List.of();
    }
    return em.createQuery(
            "select distinct a.assessment from Assignment a where a.office = :office",
            Assessment.class)
        .setParameter("office", policy.account().office().orElseThrow())
        .getResultList();
  }

  private Assessment visible(long assessmentId, LockModeType lock) {
    Assessment assessment = em.find(Assessment.class, assessmentId, lock);
    if (assessment == null || !sees(assessment)) {
      throw new NotFoundException("assessment.notFound", String.valueOf(assessmentId));
    }
    return assessment;
  }

  private boolean sees(Assessment assessment) {
    if (policy.readsWholeUnit(assessment.unit())) {
      return true;
    }
    return policy.may(Permission.READ_OWN_OFFICE, assessment.unit())
        && em.createQuery(
                    "select count(a) from Assignment a where a.assessment = :assessment"
                        + " and a.office = :office",
                    Long.class)
                .setParameter("assessment", assessment)
                .setParameter("office", policy.account().office().orElseThrow())
                .getSingleResult()
            > 0;
  }
}
