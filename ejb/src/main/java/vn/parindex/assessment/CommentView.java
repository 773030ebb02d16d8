package vn.parindex.assessment;

import jakarta.persistence.EntityManager;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One message of a criterion's conversation. */
public record CommentView(String author, String text, Instant writtenAt) implements Serializable {
  static List<CommentView> of(EntityManager em, Assignment assignment) {
    return em.createQuery(
            "select c from CriterionComment c where c.assignment = :assignment"
                + " order by c.writtenAt, c.id",
            CriterionComment.class)
        .setParameter("assignment", assignment)
        .getResultStream()
        .map(c -> new CommentView(c.author(), c.text(), c.writtenAt()))
        .toList();
  }
}
