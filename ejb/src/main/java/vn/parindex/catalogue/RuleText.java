package vn.parindex.catalogue;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A rule as text: in the compact notation of the exchange workbook for machines ("ratio_tiers:
 * when_none=full; tiers=1:2, 0.8:1, 0:0"), or in words of the reader's language for printed
 * documents ("Theo tỷ lệ: từ 100%: 2 điểm; từ 80%: 1 điểm; ...").
 */
final class RuleText {
  private static final String BUNDLE = "vn.parindex.i18n.ServiceMessages";

  private RuleText() {}

  static String of(Criterion node) {
    RuleDefinition rule = node.rule();
    if (rule == null || rule.type() == null) {
      return null;
    }
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
    String type = rule.type().code();
    return parameters.isEmpty() ? type : type + ": " + parameters;
  }

  static String inWords(Criterion node, Locale locale) {
    RuleDefinition rule = node.rule();
    if (rule == null || rule.type() == null) {
      return null;
    }
    ResourceBundle words = ResourceBundle.getBundle(BUNDLE, locale);
    String key = "rule." + rule.type().code();
    return switch (rule.type()) {
      case MANUAL -> format(words, key, locale, rule.step());
      case BINARY -> words.getString(key);
      case TIMELINESS -> format(words, key, locale, percent(rule.onTime()), percent(rule.late()));
      case RATIO_TIERS ->
          format(
              words,
              key,
              locale,
              node.tiers().stream()
                  .map(t -> format(words, "rule.tier", locale, percent(t.minRatio()), t.points()))
                  .collect(Collectors.joining("; ")),
              words.getString("rule.whenNone." + rule.whenNone().code()));
      case PROPORTIONAL ->
          format(words, key, locale, words.getString("rule.whenNone." + rule.whenNone().code()));
      case DEDUCTION -> format(words, key, locale, rule.perItem());
    };
  }

  private static String format(ResourceBundle words, String key, Locale locale, Object... args) {
    return new MessageFormat(words.getString(key), locale).format(args);
  }

  private static BigDecimal percent(BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros();
  }

  private static String plain(BigDecimal value) {
    return value == null ? "?" : value.stripTrailingZeros().toPlainString();
  }
}
