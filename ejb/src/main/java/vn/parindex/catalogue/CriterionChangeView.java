package vn.parindex.catalogue;

import java.math.BigDecimal;
import java.util.Set;
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
    Set<ChangeKind> changes) {

  static CriterionChangeView of(CriterionChange change) {
    Criterion before = change.before();
    Criterion after = change.after();
    return new CriterionChangeView(
        change.beforeCode(),
        change.afterCode(),
        before == null ? null : before.name(),
        after == null ? null : after.name(),
        before == null ? null : before.maxPoints().toBigDecimal(),
        after == null ? null : after.maxPoints().toBigDecimal(),
        before == null ? null : RuleText.of(before),
        after == null ? null : RuleText.of(after),
        change.kinds());
  }

  public boolean unchanged() {
    return changes.isEmpty();
  }

  CriterionCode sortKey() {
    return CriterionCode.of(afterCode != null ? afterCode : beforeCode);
  }
}
