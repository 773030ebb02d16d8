package vn.parindex.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import vn.parindex.access.Roles;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.organisation.CallerAccount;

/**
 * Renders the unit's self-assessment scorecard (biểu tự đánh giá, chấm điểm) of an assessment the
 * caller may see, in the official format.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.CONSOLIDATOR, Roles.OFFICE, Roles.LEADER})
public class ScorecardService {
  @Inject private EntityManager em;
  @EJB private CallerAccount caller;
  @Inject private Clock clock;

  private final ScorecardReport report = new ScorecardReport();

  public byte[] render(long assessmentId, ReportFormat format, Locale locale) {
    return report.render(scorecard(assessmentId, locale), format, locale);
  }

  public Scorecard scorecard(long assessmentId, Locale locale) {
    Assessment assessment = new AssessmentAccess(em, caller.get()).visible(assessmentId);
    return new ScorecardAssembler(em, locale).assemble(assessment, LocalDate.now(clock));
  }
}
