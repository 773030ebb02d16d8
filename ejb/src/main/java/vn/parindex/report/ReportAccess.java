package vn.parindex.report;

import jakarta.persistence.EntityManager;
import java.util.EnumSet;
import java.util.Set;
import vn.parindex.assessment.Assessment;
import vn.parindex.organisation.Office;
import vn.parindex.organisation.Role;
import vn.parindex.organisation.UserAccount;
import vn.parindex.platform.AccessDeniedException;
import vn.parindex.platform.NotFoundException;

/**
 * Who may print which office's reports: the consolidator, administrators and leaders any office of
 * their unit (every unit without an office of their own); an office user its own office only, in an
 * assessment where it holds criteria. The same rules as for reading evidence.
 */
final class ReportAccess {
  private static final Set<Role> READERS = EnumSet.of(Role.CONSOLIDATOR, Role.ADMIN, Role.LEADER);

  private final EntityManager em;
  private final UserAccount account;

  ReportAccess(EntityManager em, UserAccount account) {
    this.em = em;
    this.account = account;
  }

  boolean isReader() {
    return account.roles().stream().anyMatch(READERS::contains);
  }

  /** The assessment, or 404 when it does not exist or the caller may not see it. */
  Assessment assessment(long assessmentId) {
    Assessment assessment = em.find(Assessment.class, assessmentId);
    boolean visible;
    if (assessment == null) {
      visible = false;
    } else if (isReader()) {
      visible = account.office().map(o -> sameUnit(o, assessment)).orElse(true);
    } else {
      visible =
          account.office().isPresent()
              && em.createQuery(
                          "select count(a) from Assignment a where a.assessment = :assessment"
                              + " and a.office = :office",
                          Long.class)
                      .setParameter("assessment", assessment)
                      .setParameter("office", account.office().get())
                      .getSingleResult()
                  > 0;
    }
    if (!visible) {
      throw new NotFoundException("assessment.notFound", String.valueOf(assessmentId));
    }
    return assessment;
  }

  /**
   * The named office of the assessed unit: 404 when the unit has none of that code, 403 when an
   * office user names another office than its own.
   */
  Office office(Assessment assessment, String officeCode) {
    String code = officeCode == null ? "" : officeCode.strip();
    Office office =
        em.createQuery(
                "select o from Office o where o.unit = :unit and o.code = :code", Office.class)
            .setParameter("unit", assessment.unit())
            .setParameter("code", code)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("evidence.office.unknown", code));
    if (!isReader() && !office.equals(account.office().orElse(null))) {
      throw new AccessDeniedException("report.office.notYours", office.name());
    }
    return office;
  }

  /** The caller's own office, or 403 for an account without one. */
  Office ownOffice() {
    return account.office().orElseThrow(() -> new AccessDeniedException("access.noOffice"));
  }

  private static boolean sameUnit(Office office, Assessment assessment) {
    return office.unit().id().equals(assessment.unit().id());
  }
}
