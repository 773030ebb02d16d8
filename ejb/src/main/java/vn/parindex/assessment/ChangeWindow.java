package vn.parindex.assessment;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import vn.parindex.appraisal.Submission;
import vn.parindex.kernel.Refusal;
import vn.parindex.organisation.Office;
import vn.parindex.platform.BusinessException;

/**
 * Whether an office may change its scores, evidence and submission: once the consolidating office
 * has opened the assessment, up to the deadline, or later while an extension the consolidator
 * granted it runs. Every office-side service asks before changing anything.
 */
public final class ChangeWindow {
  private ChangeWindow() {}

  public static void requireOpen(
      EntityManager em, Assessment assessment, Office office, LocalDate today) {
    requireStarted(assessment);
    requireNotSubmitted(em, assessment);
    if (assessment.acceptsChangesOn(today)) {
      return;
    }
    boolean extended =
        em.createQuery(
                "select e from DeadlineExtension e where e.assessment = :assessment"
                    + " and e.office = :office",
                DeadlineExtension.class)
            .setParameter("assessment", assessment)
            .setParameter("office", office)
            .getResultStream()
            .anyMatch(e -> e.covers(today));
    if (!extended) {
      throw new BusinessException(
          "selfScore.deadlinePassed",
          assessment.deadline().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
    }
  }

  /**
   * Refuses every change of the unit's self-assessment while its submission is with the province:
   * the appraisers work on the snapshot it took, and the unit changes nothing unless the Sở Nội vụ
   * hands the whole submission back. The offices' changes come through {@link #requireOpen}, the
   * consolidator's through {@link AssessmentAccess#permitted} and the survey entry.
   */
  public static void requireNotSubmitted(EntityManager em, Assessment assessment) {
    if (assessment.campaign().isEmpty()) {
      return;
    }
    boolean frozen =
        em.createQuery(
                "select s from Submission s where s.assessment = :assessment", Submission.class)
            .setParameter("assessment", assessment)
            .getResultStream()
            .anyMatch(Submission::freezesSelfScores);
    if (frozen) {
      throw Refusal.conflict("appraisal.submission.frozen", String.valueOf(assessment.year()));
    }
  }

  /**
   * Refuses every office change while the assessment is being prepared: the assignment may still
   * change, and offices start together when it opens.
   */
  public static void requireStarted(Assessment assessment) {
    if (!assessment.isOpen()) {
      throw new BusinessException("assessment.notYetOpen", String.valueOf(assessment.year()));
    }
  }

  /** The last day of the latest extension granted to each office, by office id: one query. */
  public static Map<Long, LocalDate> latestExtensions(EntityManager em, Assessment assessment) {
    Map<Long, LocalDate> until = new HashMap<>();
    em.createQuery(
            "select e.office.id, max(e.until) from DeadlineExtension e"
                + " where e.assessment = :assessment group by e.office.id",
            Object[].class)
        .setParameter("assessment", assessment)
        .getResultStream()
        .forEach(r -> until.put((Long) r[0], (LocalDate) r[1]));
    return until;
  }
}
