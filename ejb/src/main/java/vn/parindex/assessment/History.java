package vn.parindex.assessment;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

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

  static List<HistoryEntry> of(EntityManager em, List<Assignment> assignments) {
    if (assignments.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select r from ChangeRecord r where r.assignment in :assignments"
                + " order by r.changedAt, r.id",
            ChangeRecord.class)
        .setParameter("assignments", assignments)
        .getResultStream()
        .map(HistoryEntry::of)
        .toList();
  }
}
