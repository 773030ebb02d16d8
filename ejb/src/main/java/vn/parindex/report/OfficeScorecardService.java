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
import vn.parindex.organisation.CallerAccount;
import vn.parindex.organisation.Office;

/**
 * One office's own scorecard (bảng tự đánh giá, chấm điểm của phòng), which its head signs before
 * the office submits: an office user prints its own office's only, the consolidator, leaders and
 * administrators any office of their unit.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.CONSOLIDATOR, Roles.OFFICE, Roles.LEADER})
public class OfficeScorecardService {
  @Inject private EntityManager em;
  @Inject private Clock clock;
  @EJB private CallerAccount caller;

  private final OfficeScorecardReport report = new OfficeScorecardReport();

  public byte[] render(long assessmentId, String officeCode, ReportFormat format, Locale locale) {
    return report.render(officeScorecard(assessmentId, officeCode, locale), format, locale);
  }

  /**
   * @throws vn.parindex.platform.NotFoundException for an assessment the caller may not see or an
   *     office the unit does not have
   * @throws vn.parindex.platform.AccessDeniedException for an office user naming another office
   */
  public OfficeScorecard officeScorecard(long assessmentId, String officeCode, Locale locale) {
    ReportAccess access = new ReportAccess(em, caller.get());
    Assessment assessment = access.assessment(assessmentId);
    Office office = access.office(assessment, officeCode);
    return new OfficeScorecardAssembler(em, locale == null ? Locale.forLanguageTag("vi") : locale)
        .assemble(assessment, office, LocalDate.now(clock));
  }

  /** The code of the caller's office, for the portal's link to its own scorecard; null if none. */
  public String ownOfficeCode() {
    return caller.get().office().map(Office::code).orElse(null);
  }
}
