package vn.parindex.assessment;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.parindex.catalogue.Criterion;

/** Writes and reads the history of an assessment; every service that changes something calls it. */
public final class History {
  private History() {}

  /** Records a change, unless nothing changed. */
  public static void record(
      EntityManager em,
      Assessment assessment,
      Assignment assignment,
      ChangeRecord.Kind kind,
      String oldValue,
      String newValue,
      String by,
      Instant at) {
    if (!Objects.equals(oldValue, newValue)) {
      em.persist(new ChangeRecord(assessment, assignment, kind, oldValue, newValue, by, at));
    }
  }

  /** Records a change of who holds a criterion, unless nothing changed. */
  static void recordAssignment(
      EntityManager em,
      Assessment assessment,
      Criterion criterion,
      String oldHolders,
      String newHolders,
      String by,
      Instant at) {
    if (!Objects.equals(oldHolders, newHolders)) {
      em.persist(ChangeRecord.ofAssignment(assessment, criterion, oldHolders, newHolders, by, at));
    }
  }

  /**
   * The history of one criterion, oldest first: the changes of the given offices' work on it and
   * every change of who holds it.
   */
  static List<HistoryEntry> of(
      EntityManager em, Assessment assessment, Criterion criterion, List<Assignment> assignments) {
    String ofAssignments = assignments.isEmpty() ? "" : " or r.assignment in :assignments";
    var query =
        em.createQuery(
                "select r from ChangeRecord r where (r.assessment = :assessment"
                    + " and r.criterion = :criterion)"
                    + ofAssignments
                    + " order by r.changedAt, r.id",
                ChangeRecord.class)
            .setParameter("assessment", assessment)
            .setParameter("criterion", criterion);
    if (!assignments.isEmpty()) {
      query.setParameter("assignments", assignments);
    }
    return query.getResultStream().map(HistoryEntry::of).toList();
  }
}
