package vn.parindex.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.parindex.access.AccessPolicy;
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.appraisal.AppraisalRound;
import vn.parindex.appraisal.AppraiserAssignment;
import vn.parindex.appraisal.AppraiserMatrix;
import vn.parindex.appraisal.Campaign;
import vn.parindex.appraisal.RoundStatus;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.kernel.Refusal;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.organisation.UserAccount;
import vn.parindex.platform.AccessDeniedException;
import vn.parindex.platform.NotFoundException;

/**
 * The documents of a unit's appraisal: the summary (bảng tổng hợp kết quả thẩm định) and a round's
 * notice (thông báo) for the unit's own readers and the province's (READ_UNIT: the Sở Nội vụ and
 * the council across the province), and a member department's worksheet for its own appraisers.
 * Reads what the appraisal services wrote; changes nothing.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.CONSOLIDATOR, Roles.LEADER, Roles.PROVINCE, Roles.COUNCIL})
public class AppraisalDocumentService {
  @Inject private EntityManager em;
  @Inject private Clock clock;
  @EJB private CallerAccount caller;

  private final AppraisalSummaryReport summaryReport = new AppraisalSummaryReport();
  private final AppraisalNoticeReport noticeReport = new AppraisalNoticeReport();
  private final AppraiserWorksheetReport worksheetReport = new AppraiserWorksheetReport();

  public byte[] summary(long assessmentId, ReportFormat format, Locale locale) {
    return summaryReport.render(summaryOf(assessmentId, locale), format, locale);
  }

  /** The unit's result sheet: its own header and signature over the summary's figures. */
  public byte[] resultSheet(long assessmentId, ReportFormat format, Locale locale) {
    AppraisalDocumentAssembler assembler = assembler(locale);
    AppraisalSummary sheet = assembler.resultSheet(appraisal(assembler, assessmentId), today());
    return summaryReport.render(sheet, format, locale);
  }

  public byte[] notice(long assessmentId, int round, ReportFormat format, Locale locale) {
    return noticeReport.render(noticeOf(assessmentId, round, locale), format, locale);
  }

  @RolesAllowed(Roles.APPRAISER)
  public byte[] worksheet(long campaignId, ReportFormat format, Locale locale) {
    return worksheetReport.render(worksheetOf(campaignId, locale), format, locale);
  }

  /**
   * @throws NotFoundException for an assessment the caller does not see
   * @throws Refusal (409) for an assessment not submitted to the province
   * @throws AccessDeniedException for an office user, who sees only its own criteria
   */
  public AppraisalSummary summaryOf(long assessmentId, Locale locale) {
    AppraisalDocumentAssembler assembler = assembler(locale);
    return assembler.summary(appraisal(assembler, assessmentId), today());
  }

  /**
   * @throws NotFoundException as {@link #summaryOf}, or for a round the campaign does not have
   */
  public AppraisalNotice noticeOf(long assessmentId, int round, Locale locale) {
    AppraisalDocumentAssembler assembler = assembler(locale);
    AppraisalDocumentAssembler.Appraisal appraisal = appraisal(assembler, assessmentId);
    AppraisalRound chosen =
        appraisal.rounds().stream()
            .filter(r -> r.number() == round)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("appraisalDocument.round.unknown", round));
    return assembler.notice(appraisal, chosen, today());
  }

  /**
   * The caller's department's worksheet: every submitted unit of the campaign, with the criteria
   * the appraiser matrix gives the department, scored in the latest round opened.
   *
   * @throws NotFoundException for a campaign of another province, or none
   * @throws AccessDeniedException for an appraiser account without a department
   */
  @RolesAllowed(Roles.APPRAISER)
  public AppraiserWorksheet worksheetOf(long campaignId, Locale locale) {
    UserAccount account = caller.get();
    AccessPolicy policy = new AccessPolicy(account);
    Campaign campaign = em.find(Campaign.class, campaignId);
    if (campaign == null || !policy.mayInProvince(Permission.APPRAISE, campaign.province())) {
      throw new NotFoundException("appraisalDocument.campaign.notFound", campaignId);
    }
    AssessedUnit department =
        account
            .unit()
            .orElseThrow(() -> new AccessDeniedException("appraisalDocument.noDepartment"));
    Map<Long, AppraiserMatrix> matrices = new HashMap<>();
    for (AppraiserAssignment cell :
        em.createQuery(
                "select a from AppraiserAssignment a where a.campaign = :campaign",
                AppraiserAssignment.class)
            .setParameter("campaign", campaign)
            .getResultList()) {
      matrices
          .computeIfAbsent(cell.block().id(), k -> new AppraiserMatrix())
          .give(cell.node(), cell.department().id());
    }
    Optional<AppraisalRound> round =
        campaign.rounds().stream()
            .filter(r -> r.status() != RoundStatus.PLANNED)
            .max(Comparator.comparingInt(AppraisalRound::number));
    AppraisalWording wording = new AppraisalWording(language(locale));
    AppraisalDocumentAssembler assembler = new AppraisalDocumentAssembler(em, wording);
    List<AppraiserWorksheet.Unit> units = new ArrayList<>();
    for (Assessment assessment :
        em.createQuery(
                "select a from Assessment a join fetch a.unit where a.campaign = :campaign"
                    + " order by a.unit.name",
                Assessment.class)
            .setParameter("campaign", campaign)
            .getResultList()) {
      AppraiserMatrix matrix =
          assessment.unit().block().map(b -> matrices.get(b.id())).orElse(null);
      if (matrix == null) {
        continue;
      }
      assembler
          .read(assessment)
          .map(a -> assembler.worksheetUnit(a, c -> matrix.gives(c.code(), department.id()), round))
          .filter(unit -> !unit.lines().isEmpty())
          .ifPresent(units::add);
    }
    return new AppraiserWorksheet(
        wording.provinceCommittee(campaign.province()),
        department.name().toUpperCase(language(locale)),
        wording.format("appraisalDocument.worksheet.title", campaign.year()),
        round
            .map(r -> wording.format("appraisalDocument.worksheet.round", r.number()))
            .orElse(null),
        null,
        today(),
        units,
        wording.departmentHead(department));
  }

  private AppraisalDocumentAssembler.Appraisal appraisal(
      AppraisalDocumentAssembler assembler, long assessmentId) {
    AssessmentAccess access = new AssessmentAccess(em, caller.get());
    Assessment assessment = access.visible(assessmentId);
    access.require(Permission.READ_UNIT, assessment.unit());
    return assembler
        .read(assessment)
        .orElseThrow(
            () -> Refusal.conflict("appraisalDocument.notSubmitted", assessment.unit().name()));
  }

  private AppraisalDocumentAssembler assembler(Locale locale) {
    return new AppraisalDocumentAssembler(em, new AppraisalWording(language(locale)));
  }

  private static Locale language(Locale locale) {
    return locale == null ? Locale.forLanguageTag("vi") : locale;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
