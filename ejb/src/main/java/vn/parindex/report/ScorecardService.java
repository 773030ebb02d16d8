package vn.parindex.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.SelfAssessmentService;
import vn.parindex.platform.NotFoundException;

/**
 * Renders the unit's self-assessment scorecard (biểu tự đánh giá, chấm điểm) of an assessment the
 * caller may see, in the official format.
 */
@Stateless
@RolesAllowed({"ADMIN", "CONSOLIDATOR", "OFFICE", "LEADER"})
public class ScorecardService {
  @Inject private EntityManager em;
  @Inject private Clock clock;
  @EJB private SelfAssessmentService assessments;

  private final ScorecardReport report = new ScorecardReport();

  public byte[] render(long assessmentId, ReportFormat format, Locale locale) {
    return report.render(scorecard(assessmentId, locale), format, locale);
  }

  public Scorecard scorecard(long assessmentId, Locale locale) {
    boolean visible =
        assessments.visibleAssessments().stream().anyMatch(a -> a.id() == assessmentId);
    Assessment assessment = visible ? em.find(Assessment.class, assessmentId) : null;
    if (assessment == null) {
      throw new NotFoundException("assessment.notFound", assessmentId);
    }
    return new ScorecardAssembler(em, locale).assemble(assessment, LocalDate.now(clock));
  }
}
