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

  /**
   * Amounts read stay below a million: no points, bound or year of an index comes near it, and a
   * number like 1E+308 is refused before any arithmetic can choke on it.
   */
  static final BigDecimal LIMIT = BigDecimal.valueOf(1_000_000);

  private DecimalText() {}

  /** Whether the value is below {@link #LIMIT} either side of zero. */
  static boolean inRange(BigDecimal value) {
    return value.abs().compareTo(LIMIT) < 0;
  }

  /** The text as a message shows it: a 300-digit number is cut to its first digits. */
  static String shown(String text) {
    String stripped = text.strip();
    return stripped.length() <= 20 ? stripped : stripped.substring(0, 17) + "...";
  }

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
