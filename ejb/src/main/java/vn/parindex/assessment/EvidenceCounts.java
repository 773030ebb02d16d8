package vn.parindex.assessment;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How many supporting documents each assignment has: the one home of the query that the office's
 * list and the consolidating office's review both show.
 */
final class EvidenceCounts {
  private EvidenceCounts() {}

  /** The counts by assignment id; an assignment without documents is absent. */
  static Map<Long, Long> of(EntityManager em, List<Assignment> assignments) {
    if (assignments.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select l.assignment.id, count(l) from EvidenceLink l where l.assignment in :assignments"
                + " group by l.assignment.id",
            Object[].class)
        .setParameter("assignments", assignments)
        .getResultStream()
        .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
  }
}
