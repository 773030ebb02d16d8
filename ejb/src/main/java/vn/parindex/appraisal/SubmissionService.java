package vn.parindex.appraisal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.access.AccessPolicy;
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.assessment.ChangeRecord;
import vn.parindex.assessment.SelfScore;
import vn.parindex.assessment.SubmissionProblem;
import vn.parindex.assessment.SubmissionRefusedException;
import vn.parindex.catalogue.Criterion;
import vn.parindex.consolidation.Consolidation;
import vn.parindex.consolidation.UnitScores;
import vn.parindex.evidence.Evidence;
import vn.parindex.evidence.EvidenceType;
import vn.parindex.kernel.Refusal;
import vn.parindex.operations.Activity;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.platform.AccessDeniedException;
import vn.parindex.platform.BusinessException;
import vn.parindex.platform.NotFoundException;

/**
 * A unit's submission to the Sở Nội vụ: its consolidating office or leader submits once nothing is
 * left unscored or returned (the survey part aside), which freezes the self scores as a snapshot
 * ({@link vn.parindex.assessment.ChangeWindow#requireNotSubmitted}); the Sở Nội vụ may hand the
 * whole submission back with a reason before appraisal starts, and grants units more time to
 * explain. Every step is in the assessment's history.
 */
@Stateless
@RolesAllowed({
  Roles.CONSOLIDATOR,
  Roles.LEADER,
  Roles.PROVINCE,
  Roles.COUNCIL,
  Roles.APPRAISER,
  Roles.ADMIN
})
public class SubmissionService {
  @Inject private EntityManager em;
  @Inject private Event<Activity> activity;
  @EJB private CallerAccount caller;
  @Inject private Clock clock;

  /**
   * Submits the unit's consolidated self-assessment, or submits it again after the province
   * returned it. Refused, listing every criterion in the way, while one is unscored or returned;
   * refused when it is with the province already, or once the first round closed.
   */
  @RolesAllowed({Roles.CONSOLIDATOR, Roles.LEADER})
  public SubmissionView submit(long assessmentId) {
    Assessment assessment =
        new AssessmentAccess(em, caller.get())
            .permitted(assessmentId, Permission.SUBMIT, LockModeType.PESSIMISTIC_WRITE);
    Campaign campaign = campaignOf(assessment);
    Submission existing = submissionOf(assessment);
    if (existing != null && existing.status() == SubmissionStatus.SUBMITTED) {
      throw Refusal.conflict("appraisal.submission.alreadySubmitted");
    }
    LocalDate today = LocalDate.now(clock);
    if (!campaign.acceptsSubmission(today)) {
      throw new BusinessException("appraisal.submission.closed");
    }
    requireComplete(assessment);
    List<SubmittedScore> snapshot = snapshot(assessment);
    boolean late = campaign.isLate(today);
    String by = caller.get().username();
    Instant now = Instant.now(clock);
    Submission submission = existing;
    if (submission == null) {
      submission = new Submission(assessment, campaign, snapshot, late, by, now);
      em.persist(submission);
    } else {
      submission.resubmit(snapshot, late, by, now);
    }
    record(
        assessment,
        existing == null ? null : SubmissionStatus.RETURNED.name(),
        SubmissionStatus.SUBMITTED.name() + (late ? " (late)" : ""),
        null,
        by,
        now);
    em.flush();
    activity.fire(Activity.UNIT_SUBMITTED);
    return SubmissionView.of(submission);
  }

  /** The unit's submission: for the unit's readers, the province and its appraisers. */
  public SubmissionView submission(long assessmentId) {
    Assessment assessment = readable(assessmentId, LockModeType.NONE);
    AccessPolicy policy = caller.policy();
    if (!policy.readsWholeUnit(assessment.unit())
        && !policy.may(Permission.APPRAISE, assessment.unit())) {
      throw new AccessDeniedException("access.denied");
    }
    return SubmissionView.of(existing(assessment));
  }

  /**
   * The Sở Nội vụ hands the whole submission back to the unit with a reason, before appraisal
   * starts: the unit may change its self-assessment again and submits anew.
   */
  @RolesAllowed({Roles.PROVINCE, Roles.ADMIN})
  public SubmissionView returnToUnit(long assessmentId, String reason) {
    Assessment assessment = readable(assessmentId, LockModeType.PESSIMISTIC_WRITE);
    Campaign campaign = campaignOf(assessment);
    new CampaignAccess(em, caller.policy()).requireRuns(campaign.province());
    Submission submission = existing(assessment);
    String by = caller.get().username();
    Instant now = Instant.now(clock);
    submission.returnToUnit(reason, by, now);
    record(
        assessment,
        SubmissionStatus.SUBMITTED.name(),
        SubmissionStatus.RETURNED.name(),
        submission.returnReason(),
        by,
        now);
    return SubmissionView.of(submission);
  }

  /**
   * Attaches the unit's signed scan of its self-assessment report: a PDF uploaded as a document of
   * the same assessment (upload it before submitting: uploads change the self-assessment).
   */
  @RolesAllowed({Roles.CONSOLIDATOR, Roles.LEADER})
  public SubmissionView attachSignedReport(long assessmentId, Long evidenceId) {
    Assessment assessment =
        new AssessmentAccess(em, caller.get())
            .permitted(assessmentId, Permission.SUBMIT, LockModeType.PESSIMISTIC_WRITE);
    Submission submission = existing(assessment);
    Evidence scan = evidenceId == null ? null : em.find(Evidence.class, evidenceId);
    if (scan == null || !scan.assessment().equals(assessment)) {
      throw new NotFoundException("evidence.notFound", String.valueOf(evidenceId));
    }
    if (scan.type() != EvidenceType.PDF) {
      throw new BusinessException("appraisal.submission.signedReportNotPdf", scan.fileName())
          .onField("evidenceId");
    }
    String before = submission.signedReport().map(Evidence::describe).orElse(null);
    submission.attachSignedReport(scan);
    record(
        assessment,
        before,
        "signed report: " + scan.describe(),
        null,
        caller.get().username(),
        Instant.now(clock));
    return SubmissionView.of(submission);
  }

  /** The Sở Nội vụ gives a unit until a later day to explain a round's results, saying why. */
  @RolesAllowed({Roles.PROVINCE, Roles.ADMIN})
  public ExtensionView grantExplanationExtension(
      long assessmentId, Integer round, LocalDate until, String reason) {
    Assessment assessment = readable(assessmentId, LockModeType.NONE);
    Campaign campaign = campaignOf(assessment);
    new CampaignAccess(em, caller.policy()).requireRuns(campaign.province());
    if (round == null) {
      throw new BusinessException("appraisal.extension.roundRequired").onField("round");
    }
    AppraisalRound appraisalRound = campaign.round(round);
    String by = caller.get().username();
    Instant now = Instant.now(clock);
    ExplanationExtension extension =
        new ExplanationExtension(
            assessment, appraisalRound, until, reason, LocalDate.now(clock), by, now);
    em.persist(extension);
    em.persist(
        ChangeRecord.withReason(
            assessment,
            null,
            ChangeRecord.Kind.EXTENSION,
            null,
            "round " + round + " → " + until,
            extension.reason(),
            by,
            now));
    em.flush();
    return ExtensionView.of(extension);
  }

  /** Per block of the campaign, who submitted, who is late and who has not yet. */
  @RolesAllowed({Roles.PROVINCE, Roles.COUNCIL, Roles.ADMIN})
  public SubmissionOverview overview(long campaignId) {
    CampaignAccess access = new CampaignAccess(em, caller.policy());
    Campaign campaign = access.readable(campaignId);
    if (!access.policy().mayInProvince(Permission.READ_UNIT, campaign.province())) {
      throw new AccessDeniedException("access.denied");
    }
    return new SubmissionOverviewQuery(em, campaign, LocalDate.now(clock)).read();
  }

  private void requireComplete(Assessment assessment) {
    UnitScores unit = UnitScores.of(em, assessment);
    Consolidation result = unit.consolidate(assessment);
    Map<Long, UnitScores.Node> nodes = new HashMap<>();
    unit.nodes().forEach(n -> nodes.put(n.node().id(), n));
    List<SubmissionProblem> problems = new ArrayList<>();
    for (Long id : result.unscored()) {
      problems.add(problem(nodes.get(id), "submit.notScored"));
    }
    for (Long id : result.returned()) {
      problems.add(problem(nodes.get(id), "appraisal.submission.returnedCriterion"));
    }
    if (!problems.isEmpty()) {
      throw new SubmissionRefusedException("appraisal.submission.incomplete", problems);
    }
  }

  private static SubmissionProblem problem(UnitScores.Node node, String key) {
    return new SubmissionProblem(node.node().code().toString(), node.name(), key);
  }

  /** The lead office's score of every self-assessed leaf, as it stands now. */
  private List<SubmittedScore> snapshot(Assessment assessment) {
    // the criterion comes in the same row: one query, whatever the size of the index
    return em.createQuery(
            "select s, a.criterion from SelfScore s join s.assignment a"
                + " where a.assessment = :assessment and a.lead = true"
                + " and a.criterion.version = a.assessment.version",
            Object[].class)
        .setParameter("assessment", assessment)
        .getResultStream()
        .map(
            r -> {
              SelfScore s = (SelfScore) r[0];
              return new SubmittedScore((Criterion) r[1], s.points(), s.inputs(), s.explanation());
            })
        .toList();
  }

  private void record(
      Assessment assessment, String before, String after, String reason, String by, Instant at) {
    em.persist(
        ChangeRecord.withReason(
            assessment, null, ChangeRecord.Kind.SUBMISSION, before, after, reason, by, at));
  }

  private static Campaign campaignOf(Assessment assessment) {
    return assessment
        .campaign()
        .orElseThrow(
            () ->
                new BusinessException(
                    "appraisal.submission.noCampaign", String.valueOf(assessment.year())));
  }

  private Submission submissionOf(Assessment assessment) {
    return em.createQuery(
            "select s from Submission s where s.assessment = :assessment", Submission.class)
        .setParameter("assessment", assessment)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Submission existing(Assessment assessment) {
    Submission submission = submissionOf(assessment);
    if (submission == null) {
      throw new NotFoundException("appraisal.submission.none", String.valueOf(assessment.id()));
    }
    return submission;
  }

  /**
   * The assessment, or 404 when the caller may not know it: it sees the unit, or appraises in its
   * province.
   */
  private Assessment readable(long assessmentId, LockModeType lock) {
    Assessment assessment = em.find(Assessment.class, assessmentId, lock);
    AccessPolicy policy = caller.policy();
    AssessedUnit unit = assessment == null ? null : assessment.unit();
    if (unit == null || !(policy.seesUnit(unit) || policy.may(Permission.APPRAISE, unit))) {
      throw new NotFoundException("assessment.notFound", String.valueOf(assessmentId));
    }
    return assessment;
  }
}
