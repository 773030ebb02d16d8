package vn.parindex.assessment;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.parindex.access.Roles;
import vn.parindex.catalogue.Criterion;
import vn.parindex.notification.OfficeNotified;
import vn.parindex.operations.Activity;
import vn.parindex.operations.ActivityCounters;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.organisation.Office;
import vn.parindex.organisation.UserAccount;
import vn.parindex.platform.AccessDeniedException;
import vn.parindex.platform.BusinessException;
import vn.parindex.platform.NotFoundException;
import vn.parindex.scoring.ScoreInputs;

/**
 * An office's self-assessment: the criteria assigned to it and the scores it records. Every rule
 * about who may see or change what is enforced here, whatever page or API calls it.
 */
@Stateless
@DeclareRoles({"ADMIN", "CONSOLIDATOR", "OFFICE", "LEADER"})
@RolesAllowed({Roles.ADMIN, Roles.CONSOLIDATOR, Roles.OFFICE, Roles.LEADER})
public class SelfAssessmentService {
  @Inject private EntityManager em;
  @EJB private CallerAccount caller;
  @Inject private Event<OfficeNotified> notified;
  @Inject private Event<Activity> activity;
  @Inject private ActivityCounters counters;

  @Inject private Clock clock;

  /**
   * The assessments the caller sees: every one of its unit for a reader of the whole unit, those
   * its office holds criteria in for an office. The province's roles see those of their province
   * that the policy lets them read.
   */
  @RolesAllowed({
    Roles.ADMIN,
    Roles.CONSOLIDATOR,
    Roles.OFFICE,
    Roles.LEADER,
    Roles.PROVINCE,
    Roles.APPRAISER,
    Roles.COUNCIL
  })
  public List<AssessmentSummary> visibleAssessments() {
    return new AssessmentAccess(em, caller.get())
        .visibleAssessments().stream()
            .sorted(Comparator.comparing(Assessment::year).reversed())
            .map(AssessmentSummary::of)
            .toList();
  }

  /** The caller's office's criteria in this assessment, in the order of the index. */
  public List<AssignedCriterion> assignedCriteria(long assessmentId) {
    Assessment assessment = visibleAssessment(assessmentId);
    List<Assignment> assignments =
        em.createQuery(
                "select a from Assignment a join fetch a.criterion where a.assessment = :assessment"
                    + " and a.office = :office and a.criterion.version = a.assessment.version"
                    + " order by a.criterion.position",
                Assignment.class)
            .setParameter("assessment", assessment)
            .setParameter("office", caller.office())
            .getResultList();
    Map<Assignment, SelfScore> scores = scoresOf(assignments);
    Set<Long> shared = sharedCriteria(assessment);
    Map<Long, Long> evidence = EvidenceCounts.of(em, assignments);
    return assignments.stream()
        .map(
            a ->
                AssignedCriteria.view(
                    a,
                    scores.get(a),
                    shared.contains(a.criterion().id()),
                    evidence.getOrDefault(a.id(), 0L)))
        .toList();
  }

  /** What the caller's office has been told about this assessment, the newest first. */
  public List<NoticeView> notices(long assessmentId) {
    Assessment assessment = visibleAssessment(assessmentId);
    UserAccount account = caller.get();
    if (account.office().isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery(OfficeNotice.OPEN, OfficeNotice.class)
        .setParameter("assessment", assessment)
        .setParameter("office", account.office().get())
        .getResultStream()
        .map(n -> new NoticeView(n.id(), n.messageKey(), n.argument(), n.createdAt()))
        .toList();
  }

  /**
   * The caller's office marks one of its notices dealt with; it leaves its pages. Another office's
   * notice is refused as not its own.
   */
  public void dealWithNotice(long noticeId) {
    OfficeNotice notice = em.find(OfficeNotice.class, noticeId);
    if (notice == null) {
      throw new NotFoundException("notice.notFound", String.valueOf(noticeId));
    }
    visibleAssessment(notice.assessment().id());
    if (!notice.office().equals(caller.get().office().orElse(null))) {
      throw new AccessDeniedException("notice.notYours");
    }
    notice.dealtWith(clock.instant());
  }

  public AssignedCriterion assignedCriterion(long assessmentId, String code) {
    Assignment assignment = assignmentOfCaller(visibleAssessment(assessmentId), code);
    return AssignedCriteria.view(
        assignment,
        scoresOf(List.of(assignment)).get(assignment),
        sharedCriteria(assignment.assessment()).contains(assignment.criterion().id()),
        EvidenceCounts.of(em, List.of(assignment)).getOrDefault(assignment.id(), 0L));
  }

  /**
   * Records the caller's office's self-score of one criterion. Refused, with nothing changed, for a
   * criterion not assigned to the caller's office, after the deadline, or for invalid inputs.
   */
  @RolesAllowed(Roles.OFFICE)
  public AssignedCriterion saveSelfScore(
      long assessmentId, String code, ScoreInputs inputs, String explanation) {
    return saveSelfScore(assessmentId, code, inputs, explanation, null);
  }

  /**
   * As above; when {@code expectedVersion} is given (the version the caller read), a score that
   * someone changed meanwhile is refused (409) instead of overwritten. Without it the last save
   * wins; every save is in the history either way.
   */
  @RolesAllowed(Roles.OFFICE)
  public AssignedCriterion saveSelfScore(
      long assessmentId,
      String code,
      ScoreInputs inputs,
      String explanation,
      Long expectedVersion) {
    try {
      recordSelfScore(assessmentId, code, inputs, explanation, expectedVersion);
    } catch (BusinessException e) {
      // counted at once: the refusal rolls back the transaction an event would wait for
      counters.count(Activity.SCORE_REFUSED);
      throw e;
    }
    activity.fire(Activity.SCORE_SAVED);
    return assignedCriterion(assessmentId, code);
  }

  private void recordSelfScore(
      long assessmentId,
      String code,
      ScoreInputs inputs,
      String explanation,
      Long expectedVersion) {
    Assessment assessment = visibleAssessment(assessmentId);
    Assignment assignment = assignmentOfCaller(assessment, code);
    ChangeWindow.requireOpen(em, assessment, assignment.office(), LocalDate.now(clock));
    // saves of one criterion take turns: the second reads what the first committed, so two first
    // saves cannot both insert a score, and a save without a version simply comes after the other
    em.lock(assignment, LockModeType.PESSIMISTIC_WRITE);
    SelfScore score = scoresOf(List.of(assignment)).get(assignment);
    if (score == null) {
      score = new SelfScore(assignment);
    } else if (expectedVersion != null && expectedVersion != score.rowVersion()) {
      throw new ConcurrentChangeException();
    }
    String before = score.describe();
    SelfScoreStatus statusBefore =
        score.status() == null ? SelfScoreStatus.NOT_STARTED : score.status();
    String by = caller.get().username();
    Instant now = Instant.now(clock);
    try {
      score.record(inputs, explanation, by, now);
    } catch (SelfScoreLockedException e) {
      throw new BusinessException("selfScore.locked", assignment.criterion().code().toString());
    }
    if (score.id() == null) {
      em.persist(score);
    }
    History.record(
        em, assessment, assignment, ChangeRecord.Kind.SCORE, before, score.describe(), by, now);
    History.record(
        em,
        assessment,
        assignment,
        ChangeRecord.Kind.STATUS,
        statusBefore.name(),
        score.status().name(),
        by,
        now);
    flushOrReportConcurrentChange();
    if (statusBefore == SelfScoreStatus.RETURNED) {
      // the correction the return asked for: its notice has done its work
      em.createNamedQuery(OfficeNotice.DEALT_WITH_BY_SAVE)
          .setParameter("at", now)
          .setParameter("assessment", assessment)
          .setParameter("office", assignment.office())
          .setParameter("code", assignment.criterion().code().toString())
          .executeUpdate();
    }
  }

  /**
   * Hands all the office's scores to the consolidating office ("Submit to Phòng Nội vụ"). Refused,
   * with every problem listed and nothing submitted, while a criterion is not scored, or has points
   * without an explanation of where they come from.
   */
  @RolesAllowed(Roles.OFFICE)
  public void submit(long assessmentId) {
    Assessment assessment = visibleAssessment(assessmentId);
    Office office = caller.office();
    ChangeWindow.requireOpen(em, assessment, office, LocalDate.now(clock));
    List<AssignedCriterion> criteria = assignedCriteria(assessmentId);
    List<SubmissionProblem> problems = SubmissionCheck.problems(criteria);
    if (!problems.isEmpty()) {
      throw new SubmissionRefusedException(problems);
    }
    Instant now = Instant.now(clock);
    List<Assignment> assignments = assignmentsOf(assessment, office);
    String by = caller.get().username();
    scoresOf(assignments).values().stream()
        .filter(s -> s.status() == SelfScoreStatus.DRAFT)
        .forEach(
            s -> {
              s.submit(now);
              History.record(
                  em,
                  assessment,
                  s.assignment(),
                  ChangeRecord.Kind.STATUS,
                  "DRAFT",
                  "SUBMITTED",
                  by,
                  now);
            });
    tellConsolidators(assessment, office, now);
    activity.fire(Activity.OFFICE_SUBMITTED);
  }

  /**
   * Every change of a criterion's score, status and evidence, oldest first: an office sees its own,
   * the other roles every office's (or one office's, when named).
   */
  public List<HistoryEntry> history(long assessmentId, String code, String officeCode) {
    AssessmentAccess access = new AssessmentAccess(em, caller.get());
    Assessment assessment = access.visible(assessmentId);
    if (!access.readsWholeUnit(assessment)) {
      Assignment own = assignmentOfCaller(assessment, code);
      return History.of(em, assessment, own.criterion(), List.of(own));
    }
    Criterion criterion = criterion(assessment, code);
    List<Assignment> assignments =
        em.createQuery(
                "select a from Assignment a where a.assessment = :assessment"
                    + " and a.criterion.version = a.assessment.version"
                    + " and a.criterion.code = :code",
                Assignment.class)
            .setParameter("assessment", assessment)
            .setParameter("code", code)
            .getResultStream()
            .filter(a -> officeCode == null || a.office().code().equals(officeCode))
            .toList();
    return History.of(em, assessment, criterion, assignments);
  }

  /** The conversation about one of the caller's office's criteria, oldest first. */
  public List<CommentView> comments(long assessmentId, String code) {
    Assignment assignment = assignmentOfCaller(visibleAssessment(assessmentId), code);
    return CommentView.of(em, assignment);
  }

  @RolesAllowed(Roles.OFFICE)
  public void comment(long assessmentId, String code, String text) {
    Assessment assessment = visibleAssessment(assessmentId);
    ChangeWindow.requireStarted(assessment);
    Assignment assignment = assignmentOfCaller(assessment, code);
    em.persist(new CriterionComment(assignment, caller.get().username(), text, Instant.now(clock)));
  }

  private void tellConsolidators(Assessment assessment, Office office, Instant now) {
    em.createQuery(
            "select o from Office o where o.unit = :unit and o.consolidator = true", Office.class)
        .setParameter("unit", assessment.unit())
        .getResultStream()
        .forEach(
            consolidator -> {
              OfficeNotice notice =
                  new OfficeNotice(
                      consolidator, assessment, "notice.submitted", office.name(), now);
              em.persist(notice);
              notified.fire(OfficeNotified.of(notice, LocalDate.now(clock)));
            });
  }

  private List<Assignment> assignmentsOf(Assessment assessment, Office office) {
    return em.createQuery(
            "select a from Assignment a where a.assessment = :assessment and a.office = :office"
                + " and a.criterion.version = a.assessment.version",
            Assignment.class)
        .setParameter("assessment", assessment)
        .setParameter("office", office)
        .getResultList();
  }

  /**
   * A score the consolidator changed between the office's read and its save: the office is told,
   * nothing is overwritten.
   */
  private void flushOrReportConcurrentChange() {
    try {
      em.flush();
    } catch (OptimisticLockException | EntityExistsException e) {
      throw new ConcurrentChangeException();
    }
  }

  private Assessment visibleAssessment(long assessmentId) {
    return new AssessmentAccess(em, caller.get()).visible(assessmentId);
  }

  private static Criterion criterion(Assessment assessment, String code) {
    return assessment.version().nodes().stream()
        .filter(n -> n.code().toString().equals(code))
        .findFirst()
        .orElseThrow(() -> new NotFoundException("criterion.notFound", code));
  }

  private Assignment assignmentOfCaller(Assessment assessment, String code) {
    Office office = caller.office();
    Criterion criterion = criterion(assessment, code);
    return em.createQuery(
            "select a from Assignment a where a.assessment = :assessment"
                + " and a.criterion = :criterion and a.office = :office",
            Assignment.class)
        .setParameter("assessment", assessment)
        .setParameter("criterion", criterion)
        .setParameter("office", office)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new AccessDeniedException("criterion.notAssigned", code, office.name()));
  }

  private Map<Assignment, SelfScore> scoresOf(List<Assignment> assignments) {
    if (assignments.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select s from SelfScore s where s.assignment in :assignments", SelfScore.class)
        .setParameter("assignments", assignments)
        .getResultStream()
        .collect(Collectors.toMap(SelfScore::assignment, Function.identity()));
  }

  private Set<Long> sharedCriteria(Assessment assessment) {
    return Set.copyOf(
        em.createQuery(
                "select a.criterion.id from Assignment a where a.assessment = :assessment"
                    + " and a.criterion.version = a.assessment.version"
                    + " group by a.criterion.id having count(a) > 1",
                Long.class)
            .setParameter("assessment", assessment)
            .getResultList());
  }
}
