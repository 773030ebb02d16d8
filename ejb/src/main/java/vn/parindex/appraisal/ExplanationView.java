package vn.parindex.appraisal;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** The unit's answer to a round's decision on a criterion. */
public record ExplanationView(
    int round,
    boolean accepted,
    String body,
    List<DocumentRef> documents,
    String answeredBy,
    Instant answeredAt)
    implements Serializable {
  static ExplanationView of(Explanation explanation) {
    return new ExplanationView(
        explanation.round().number(),
        explanation.accepted(),
        explanation.body(),
        explanation.evidence().stream()
            .map(DocumentRef::of)
            .sorted(Comparator.comparingLong(DocumentRef::id))
            .toList(),
        explanation.answeredBy(),
        explanation.answeredAt());
  }
}
