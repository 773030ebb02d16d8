package vn.parindex.catalogue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import vn.parindex.scoring.CriterionCode;

/** One line of a comparison between two versions, as pages, the API and the report show it. */
public record CriterionChangeView(
    String beforeCode,
    String afterCode,
    String beforeName,
    String afterName,
    BigDecimal beforeMax,
    BigDecimal afterMax,
    String beforeRule,
    String afterRule,
    String beforeDue,
    String afterDue,
    Set<ChangeKind> changes)
    implements Serializable {

  /** The rules in the compact notation of the exchange workbook, for machines. */
  static CriterionChangeView of(CriterionChange change) {
    return of(change, RuleText::of);
  }

  /** The rules in words of the reader's language, for printed documents. */
  static CriterionChangeView inWords(CriterionChange change, Locale locale) {
    return of(change, node -> RuleText.inWords(node, locale));
  }

  private static CriterionChangeView of(CriterionChange change, Function<Criterion, String> rules) {
    Criterion before = change.before();
    Criterion after = change.after();
    return new CriterionChangeView(
        change.beforeCode(),
        change.afterCode(),
        before == null ? null : before.name(),
        after == null ? null : after.name(),
        before == null ? null : before.maxPoints().toBigDecimal(),
        after == null ? null : after.maxPoints().toBigDecimal(),
        before == null ? null : rules.apply(before),
        after == null ? null : rules.apply(after),
        due(before),
        due(after),
        change.kinds());
  }

  /** The node's own due date as written ("15/12/N-1"), or null. */
  private static String due(Criterion node) {
    return node == null ? null : node.dueDate().map(DueDate::toString).orElse(null);
  }

  public boolean unchanged() {
    return changes.isEmpty();
  }

  CriterionCode sortKey() {
    return CriterionCode.of(afterCode != null ? afterCode : beforeCode);
  }
}
