package vn.parindex.web.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import vn.parindex.catalogue.VersionProblem;
import vn.parindex.catalogue.VersionSummary;
import vn.parindex.catalogue.VersionTree;
import vn.parindex.web.i18n.MessageResolver;

/** A version with its tree; problems are translated into the caller's language. */
public record VersionJson(
    VersionSummary version,
    List<BandJson> bands,
    List<NodeJson> nodes,
    boolean publishable,
    List<String> problems) {

  /** A classification band: its label and the lowest total that reaches it. */
  public record BandJson(String label, BigDecimal min) {}

  static VersionJson of(VersionTree tree, MessageResolver messages, Locale locale) {
    return new VersionJson(
        tree.version(),
        tree.bands().stream().map(b -> new BandJson(b.label(), b.minTotal())).toList(),
        tree.nodes().stream()
            .map(n -> NodeJson.of(n, translate(n.problems(), messages, locale)))
            .toList(),
        tree.publishable(),
        translate(tree.problems(), messages, locale));
  }

  private static List<String> translate(
      List<VersionProblem> problems, MessageResolver messages, Locale locale) {
    return problems.stream()
        .map(p -> messages.message(p.messageKey(), locale, p.arguments()))
        .toList();
  }
}
