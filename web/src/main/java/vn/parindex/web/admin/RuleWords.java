package vn.parindex.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.parindex.catalogue.NodeView;
import vn.parindex.web.i18n.MessageResolver;

/**
 * A node's scoring rule in words, with the sentences the scoring dialog uses (RuleType.*,
 * WhenNone.*) and the ratio tiers in short: "Theo tỷ lệ ... (từ 100%: 2; từ 80%: 1; từ 0%: 0)".
 */
@ApplicationScoped
public class RuleWords {
  @Inject private MessageResolver messages;

  public String describe(NodeView node, Locale locale) {
    if (node.ruleType() == null) {
      return "";
    }
    Object[] arguments =
        switch (node.ruleType()) {
          case MANUAL -> new Object[] {node.step()};
          // the sentence keeps {0} for the step so that one parameter list serves every rule type
          case TIMELINESS ->
              new Object[] {null, Percent.of(node.onTime()), Percent.of(node.late())};
          case DEDUCTION -> new Object[] {node.perItem()};
          default -> new Object[0];
        };
    StringBuilder text =
        new StringBuilder(messages.message("RuleType." + node.ruleType(), locale, arguments));
    if (node.whenNone() != null) {
      text.append(" · ").append(messages.message("WhenNone." + node.whenNone(), locale));
    }
    if (!node.tiers().isEmpty()) {
      String tiers =
          node.tiers().stream()
              .map(
                  t ->
                      messages.message(
                          "admin.version.tierShort", locale, Percent.of(t.minRatio()), t.points()))
              .collect(Collectors.joining("; "));
      text.append(" (").append(tiers).append(")");
    }
    return text.toString();
  }
}
