package vn.parindex.organisation;

import vn.parindex.kernel.RuleRefusal;

/**
 * A change to a unit, an office or an account that would break one of their rules: an office user
 * without an office, a consolidator outside the consolidating office, a short password. The keys
 * are the services' {@code organisation.*}.
 */
public class OrganisationRuleException extends RuleRefusal {
  private static final long serialVersionUID = 1L;

  public OrganisationRuleException(String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
  }
}
