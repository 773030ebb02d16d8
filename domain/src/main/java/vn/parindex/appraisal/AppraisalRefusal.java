package vn.parindex.appraisal;

import vn.parindex.kernel.RuleRefusal;

/**
 * A step of the province's cycle that its rules refuse: a round out of order, a changed score
 * without a reason, an explanation after its window. The keys are the services' {@code
 * appraisal.*}.
 */
public class AppraisalRefusal extends RuleRefusal {
  private static final long serialVersionUID = 1L;

  public AppraisalRefusal(String field, String messageKey, Object... arguments) {
    super(field, messageKey, arguments);
  }
}
