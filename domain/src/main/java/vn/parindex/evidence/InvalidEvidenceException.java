package vn.parindex.evidence;

import vn.parindex.kernel.RuleRefusal;

/**
 * An uploaded document or its metadata cannot be accepted: a required value is missing, too long,
 * or the file is empty, too large or of a type not accepted. The field is one of number, date,
 * issuer, summary or file; the keys are the services' {@code evidence.*}.
 */
public class InvalidEvidenceException extends RuleRefusal {
  private static final long serialVersionUID = 1L;

  public InvalidEvidenceException(String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
  }
}
