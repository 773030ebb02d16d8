package vn.parindex.catalogue.exchange;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decimals as people type them: {@code 1.5}, or {@code 1,5} with the Vietnamese decimal comma.
 * Thousands separators are not accepted: in an index no amount reaches a thousand, so {@code 1,000}
 * would more likely be a mistyped {@code 1,0}.
 */
final class DecimalText {
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

  private DecimalText() {}

  /** The decimal written, or empty when the text is not one. */
  static Optional<BigDecimal> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String trimmed = text.replace('\u00a0', ' ').strip();
    if (!DECIMAL.matcher(trimmed).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(trimmed.replace(',', '.')));
  }

  /** The shortest plain spelling with a dot, {@code 2} for 2.00 and {@code 0.25} for 0.250. */
  static String format(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }
}
