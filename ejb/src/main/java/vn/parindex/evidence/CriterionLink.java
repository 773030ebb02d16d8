package vn.parindex.evidence;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import vn.parindex.catalogue.Criterion;

/**
 * A criterion a document supports, as lists show the link: the day the criterion's work was due in
 * the assessed year (its own due date or its parent's; null when none) and whether the document was
 * signed after that day.
 */
public record CriterionLink(String criterion, LocalDate dueDate, boolean signedLate)
    implements Serializable {

  /**
   * The link of a document with these signatures to a criterion, for an assessment of {@code
   * assessedYear}, days counted in {@code zone} (the assessment calendar's).
   */
  public static CriterionLink of(
      Criterion criterion,
      int assessedYear,
      Collection<DocumentSignature> signatures,
      ZoneId zone) {
    LocalDate due = criterion.effectiveDueDate().map(d -> d.in(assessedYear)).orElse(null);
    return new CriterionLink(
        criterion.code().toString(),
        due,
        due != null && DocumentSignature.documentSignedAfter(signatures, due, zone));
  }
}
