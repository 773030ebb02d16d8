package vn.parindex.assessment;

import java.io.Serializable;
import java.time.LocalDate;
import vn.parindex.catalogue.DecisionRef;

/** A document an assessment refers to, as lists and the API show it: number, date, issuer. */
public record ReferenceView(String number, LocalDate date, String issuer) implements Serializable {

  static ReferenceView of(DecisionRef ref) {
    return ref == null ? null : new ReferenceView(ref.number(), ref.date(), ref.issuer());
  }
}
