package vn.parindex.assessment;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.catalogue.Criterion;
import vn.parindex.notification.OfficeNotified;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.organisation.Office;
import vn.parindex.platform.BusinessException;
import vn.parindex.platform.NotFoundException;

/**
 * The consolidating office's review: progress per office, every office's score side by side,
 * accept, return with a comment, reopen with a reason, and the deadline and its extensions.
 */
@Stateless
@RolesAllowed({Roles.CONSOLIDATOR, Roles.ADMIN})
public class ReviewService {
  @Inject private EntityManager em;
  @Resource private SessionContext context;
  @Inject private Event<OfficeNotified> notified;
  @EJB private CallerAccount caller;

  @Inject private Clock clock;

  public List<OfficeProgress> progress(long assessmentId) {
    Assessment assessment = access().permitted(assessmentId, Permission.READ_UNIT);
    Map<Assignment, SelfScore> scores = scores(assessment);
    Map<Office, List<Assignment>> byOffice =
        assignments(assessment).stream()
            .collect(
                Collectors.groupingBy(Assignment::office, LinkedHashMap::new, Collectors.toList()));
    LocalDate today = LocalDate.now(clock);
    Map<Long, LocalDate> extensions = ChangeWindow.latestExtensions(em, assessment);
    return byOffice.entrySet().stream()
        .map(
            e ->
                progressOf(
                    assessment,
                    e.getKey(),
                    e.getValue(),
                    scores,
                    extensions.get(e.getKey().id()),
                    today))
        .sorted(Comparator.comparing(OfficeProgress::officeName))
        .toList();
  }

  /**
   * The same progress, for the leaders' dashboard too: counts only, no score or comment, and no
   * leave to change anything. The dashboard checks that the caller may see the assessment's unit.
   */
  @RolesAllowed({Roles.CONSOLIDATOR, Roles.LEADER, Roles.ADMIN})
  public List<OfficeProgress> progressOverview(long assessmentId) {
    return progress(assessmentId);
  }

  public List<ReviewRow> rows(long assessmentId) {
    Assessment assessment = access().permitted(assessmentId, Permission.READ_UNIT);
    Map<Assignment, SelfScore> scores = scores(assessment);
    List<Assignment> assignments = assignments(assessment);
    Map<Long, Long> holders =
        assignments.stream()
            .collect(Collectors.groupingBy(a -> a.criterion().id(), Collectors.counting()));
    Map<Long, Long> evidence = EvidenceCounts.of(em, assignments);
    return assignments.stream()
        .map(
            a ->
                row(
                    a,
                    scores.get(a),
                    holders.get(a.criterion().id()) > 1,
                    evidence.getOrDefault(a.id(), 0L)))
        .toList();
  }

  public void accept(long assessmentId, String code, String officeCode) {
    change(assessmentId, code, officeCode, s -> s.accept(caller(), now()));
  }

  /** Returns a score to its office for revision; the office is told, with the comment. */
  public void returnForRevision(long assessmentId, String code, String officeCode, String comment) {
    SelfScore score =
        change(assessmentId, code, officeCode, s -> s.returnForRevision(comment, caller(), now()));
    Assignment assignment = score.assignment();
    OfficeNotice notice =
        OfficeNotice.aboutCriterion(
            assignment.office(),
            assignment.assessment(),
            assignment.criterion().code().toString(),
            "notice.returned",
            assignment.criterion().code() + ": " + comment.strip(),
            now());
    em.persist(notice);
    notified.fire(OfficeNotified.of(notice, LocalDate.now(clock)));
  }

  public void reopen(long assessmentId, String code, String officeCode, String reason) {
    change(assessmentId, code, officeCode, s -> s.reopen(reason, caller(), now()));
  }

  @RolesAllowed(Roles.CONSOLIDATOR)
  public void setDeadline(long assessmentId, LocalDate deadline) {
    if (deadline == null) {
      throw new BusinessException("deadline.required").onField("deadline");
    }
    Assessment assessment = access().permitted(assessmentId, Permission.SET_DEADLINE);
    String before = assessment.deadline().toString();
    assessment.setDeadline(deadline);
    History.record(
        em,
        assessment,
        null,
        ChangeRecord.Kind.DEADLINE,
        before,
        deadline.toString(),
        caller(),
        now());
  }

  /** Lets one office change its scores after the deadline until a date, for a recorded reason. */
  public void grantExtension(long assessmentId, String officeCode, LocalDate until, String reason) {
    Assessment assessment = access().permitted(assessmentId, Permission.REVIEW);
    Office office = office(assessment, officeCode);
    if (until == null || until.isBefore(LocalDate.now(clock))) {
      throw new BusinessException("extension.untilPast").onField("until");
    }
    em.persist(new DeadlineExtension(assessment, office, until, reason, caller(), now()));
    History.record(
        em,
        assessment,
        null,
        ChangeRecord.Kind.EXTENSION,
        null,
        office.code() + " → " + until + ": " + reason.strip(),
        caller(),
        now());
  }

  private SelfScore change(
      long assessmentId, String code, String officeCode, Consumer<SelfScore> step) {
    Assessment assessment = access().permitted(assessmentId, Permission.REVIEW);
    Office office = office(assessment, officeCode);
    Assignment assignment =
        assignments(assessment).stream()
            .filter(a -> a.office().equals(office) && a.criterion().code().toString().equals(code))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("criterion.notAssigned", code, office.name()));
    SelfScore score =
        Optional.ofNullable(scores(assessment).get(assignment))
            .orElseThrow(() -> new BusinessException("review.notSubmitted", code));
    SelfScoreStatus before = score.status();
    try {
      step.accept(score);
      String after =
          score.reviewNote() == null || score.status() == SelfScoreStatus.ACCEPTED
              ? score.status().name()
              : score.status().name() + ": " + score.reviewNote();
      History.record(
          em,
          assessment,
          assignment,
          ChangeRecord.Kind.STATUS,
          before.name(),
          after,
          caller(),
          now());
    } catch (SelfScoreLockedException e) {
      throw new BusinessException("review.wrongStatus", code, e.status().name());
    }
    return score;
  }

  private OfficeProgress progressOf(
      Assessment assessment,
      Office office,
      List<Assignment> assignments,
      Map<Assignment, SelfScore> scores,
      LocalDate extendedUntil,
      LocalDate today) {
    Map<SelfScoreStatus, Integer> counts = new EnumMap<>(SelfScoreStatus.class);
    for (Assignment a : assignments) {
      SelfScore score = scores.get(a);
      counts.merge(score == null ? SelfScoreStatus.NOT_STARTED : score.status(), 1, Integer::sum);
    }
    boolean finished =
        counts.getOrDefault(SelfScoreStatus.NOT_STARTED, 0) == 0
            && counts.getOrDefault(SelfScoreStatus.DRAFT, 0) == 0
            && counts.getOrDefault(SelfScoreStatus.RETURNED, 0) == 0;
    boolean late = assessment.isOverdue(finished, extendedUntil, today);
    return new OfficeProgress(
        office.code(),
        office.name(),
        assignments.size(),
        counts.getOrDefault(SelfScoreStatus.NOT_STARTED, 0),
        counts.getOrDefault(SelfScoreStatus.DRAFT, 0),
        counts.getOrDefault(SelfScoreStatus.SUBMITTED, 0),
        counts.getOrDefault(SelfScoreStatus.ACCEPTED, 0),
        counts.getOrDefault(SelfScoreStatus.RETURNED, 0),
        late,
        extendedUntil);
  }

  private static ReviewRow row(Assignment a, SelfScore score, boolean shared, long evidence) {
    Criterion area = AssignedCriteria.areaOf(a.criterion());
    return new ReviewRow(
        a.criterion().code().toString(),
        a.criterion().name(),
        area.code().toString(),
        area.name(),
        a.office().code(),
        a.office().name(),
        a.isLead(),
        shared,
        a.criterion().maxPoints().toBigDecimal(),
        score == null ? null : score.points().toBigDecimal(),
        score == null ? SelfScoreStatus.NOT_STARTED : score.status(),
        score == null ? null : score.explanation(),
        score == null ? null : score.reviewNote(),
        evidence);
  }

  private List<Assignment> assignments(Assessment assessment) {
    return em.createQuery(
            "select a from Assignment a join fetch a.criterion join fetch a.office"
                + " where a.assessment = :assessment and a.criterion.version = a.assessment.version"
                + " order by a.criterion.position, a.lead desc, a.id",
            Assignment.class)
        .setParameter("assessment", assessment)
        .getResultList();
  }

  private Map<Assignment, SelfScore> scores(Assessment assessment) {
    return em.createQuery(
            "select s from SelfScore s where s.assignment.assessment = :assessment"
                + " and s.assignment.criterion.version = s.assignment.assessment.version",
            SelfScore.class)
        .setParameter("assessment", assessment)
        .getResultStream()
        .collect(Collectors.toMap(SelfScore::assignment, Function.identity()));
  }

  private Office office(Assessment assessment, String officeCode) {
    return em.createQuery(
            "select o from Office o where o.unit = :unit and o.code = :code", Office.class)
        .setParameter("unit", assessment.unit())
        .setParameter("code", officeCode)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("office.notFound", officeCode));
  }

  private AssessmentAccess access() {
    return new AssessmentAccess(em, caller.get());
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }

  private Instant now() {
    return Instant.now(clock);
  }
}
