package vn.parindex.assessment;

import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.Set;
import vn.parindex.organisation.Office;
import vn.parindex.organisation.Role;
import vn.parindex.organisation.UserAccount;
import vn.parindex.platform.NotFoundException;

/**
 * Which assessments a caller may read: the consolidator, administrators and leaders those of their
 * unit (every unit without an office of their own); an office user those it holds criteria in.
 * Shared by the evidence and the reports, so that both answer alike.
 */
public final class AssessmentAccess {
  private static final Set<Role> READERS = EnumSet.of(Role.CONSOLIDATOR, Role.ADMIN, Role.LEADER);

  private final EntityManager em;
  private final UserAccount account;

  public AssessmentAccess(EntityManager em, UserAccount account) {
    this.em = em;
    this.account = account;
  }

  /** Reads every office's work of its unit, rather than its own office's only. */
  public static boolean isReader(UserAccount account) {
    return account.roles().stream().anyMatch(READERS::contains);
  }

  public static boolean sameUnit(Office office, Assessment assessment) {
    return office.unit().id().equals(assessment.unit().id());
  }

  /** The assessment, or 404 when it does not exist or the caller may not see it. */
  public Assessment visible(long assessmentId) {
    Assessment assessment = em.find(Assessment.class, assessmentId);
    if (assessment == null || !maySee(assessment)) {
      throw new NotFoundException("assessment.notFound", String.valueOf(assessmentId));
    }
    return assessment;
  }

  private boolean maySee(Assessment assessment) {
    if (isReader(account)) {
      return account.office().map(o -> sameUnit(o, assessment)).orElse(true);
    }
    return account.office().isPresent()
        && em.createQuery(
                    "select count(a) from Assignment a where a.assessment = :assessment"
                        + " and a.office = :office",
                    Long.class)
                .setParameter("assessment", assessment)
                .setParameter("office", account.office().get())
                .getSingleResult()
            > 0;
  }
}
