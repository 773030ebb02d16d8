package vn.parindex.assessment;

import java.time.LocalDate;
import vn.parindex.catalogue.DecisionRef;
import vn.parindex.platform.BusinessException;

/**
 * A reference as a form or a request gives it: nothing at all (not known yet), or a number, a date
 * and an issuer together.
 */
public record ReferenceInput(String number, LocalDate date, String issuer) {

  /**
   * The reference, or null when nothing was given. Refused, naming {@code field} (e.g. "directive")
   * and its part, when only part of it was given or a part is too long.
   */
  DecisionRef toDecision(String field) {
    boolean noNumber = number == null || number.isBlank();
    boolean noIssuer = issuer == null || issuer.isBlank();
    if (noNumber && date == null && noIssuer) {
      return null;
    }
    if (noNumber) {
      throw new BusinessException("assessment.reference.numberRequired").onField(field + "Number");
    }
    if (date == null) {
      throw new BusinessException("assessment.reference.dateRequired").onField(field + "Date");
    }
    if (noIssuer) {
      throw new BusinessException("assessment.reference.issuerRequired").onField(field + "Issuer");
    }
    if (number.strip().length() > DecisionRef.NUMBER_LENGTH) {
      throw new BusinessException("assessment.reference.tooLong", DecisionRef.NUMBER_LENGTH)
          .onField(field + "Number");
    }
    if (issuer.strip().length() > DecisionRef.ISSUER_LENGTH) {
      throw new BusinessException("assessment.reference.tooLong", DecisionRef.ISSUER_LENGTH)
          .onField(field + "Issuer");
    }
    return new DecisionRef(number, date, issuer);
  }
}
