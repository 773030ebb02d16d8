package vn.parindex.kernel;

/**
 * An input that one of the domain's rules refuses: a {@link Refusal} of kind {@link
 * Refusal.Kind#INVALID} that always names the input to correct.
 */
public abstract class RuleRefusal extends Refusal {
  private static final long serialVersionUID = 1L;

  protected RuleRefusal(String field, String messageKey, Object... arguments) {
    super(Kind.INVALID, java.util.Objects.requireNonNull(field, "field"), messageKey, arguments);
  }
}
