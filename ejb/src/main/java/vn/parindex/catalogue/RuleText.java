package vn.parindex.catalogue;

import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * A rule in the compact text of the exchange workbook ("ratio_tiers: when_none=full; tiers=1:2,
 * 0.8:1, 0:0"), precise enough to tell two rules apart in a comparison.
 */
final class RuleText {
  private RuleText() {}

  static String of(Criterion node) {
    RuleDefinition rule = node.rule();
    if (rule == null || rule.type() == null) {
      return null;
    }
    StringBuilder text = new StringBuilder(rule.type().code());
    String parameters =
        switch (rule.type()) {
          case MANUAL -> "step=" + plain(rule.step());
          case BINARY -> "";
          case TIMELINESS -> "on_time=" + plain(rule.onTime()) + "; late=" + plain(rule.late());
          case RATIO_TIERS ->
              "when_none="
                  + rule.whenNone().code()
                  + "; tiers="
                  + node.tiers().stream()
                      .map(t -> plain(t.minRatio()) + ":" + plain(t.points()))
                      .collect(Collectors.joining(", "));
          case PROPORTIONAL -> "when_none=" + rule.whenNone().code();
          case DEDUCTION -> "per_item=" + plain(rule.perItem());
        };
    return parameters.isEmpty() ? text.toString() : text.append(": ").append(parameters).toString();
  }

  private static String plain(BigDecimal value) {
    return value == null ? "?" : value.stripTrailingZeros().toPlainString();
  }
}
