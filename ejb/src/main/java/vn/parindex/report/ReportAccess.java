package vn.parindex.report;

import jakarta.persistence.EntityManager;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.organisation.Office;
import vn.parindex.organisation.UserAccount;
import vn.parindex.platform.AccessDeniedException;
import vn.parindex.platform.NotFoundException;

/**
 * Who may print which office's reports: a reader of the whole unit (see the access policy) any
 * office of it; an office user its own office only, in an assessment where it holds criteria. Which
 * assessments are visible is {@link AssessmentAccess}'s, as for reading evidence.
 */
final class ReportAccess {
  private final EntityManager em;
  private final UserAccount account;
  private final AssessmentAccess access;

  ReportAccess(EntityManager em, UserAccount account) {
    this.em = em;
    this.account = account;
    this.access = new AssessmentAccess(em, account);
  }

  /** Reads every office's reports of the assessment's unit, not only its own office's. */
  boolean isReader(Assessment assessment) {
    return access.readsWholeUnit(assessment);
  }

  /** The assessment, or 404 when it does not exist or the caller may not see it. */
  Assessment assessment(long assessmentId) {
    return access.visible(assessmentId);
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
    if (!isReader(assessment) && !office.equals(account.office().orElse(null))) {
      throw new AccessDeniedException("report.office.notYours", office.name());
    }
    return office;
  }

  /** The caller's own office, or 403 for an account without one. */
  Office ownOffice() {
    return account.office().orElseThrow(() -> new AccessDeniedException("access.noOffice"));
  }
}
