package vn.parindex.web.api;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.assessment.AssignedCriterion;
import vn.parindex.scoring.ScoreInputs;

/**
 * An assigned criterion as the API shows it; {@code dueDate} (ISO) is the day its work was due in
 * the assessed year, absent when the index gives none.
 */
public record CriterionJson(
    String code,
    String name,
    String area,
    BigDecimal maxPoints,
    Map<String, Object> rule,
    Map<String, Object> inputs,
    BigDecimal points,
    String explanation,
    String status,
    boolean shared,
    boolean lead,
    String reviewNote,
    long evidenceCount,
    Long version,
    String dueDate) {

  static CriterionJson of(AssignedCriterion c) {
    return new CriterionJson(
        c.code(),
        c.name(),
        c.areaCode(),
        c.maxPoints().toBigDecimal(),
        rule(c),
        inputs(c.inputs()),
        c.points() == null ? null : c.points().toBigDecimal(),
        c.explanation(),
        c.status().name(),
        c.shared(),
        c.lead(),
        c.reviewNote(),
        c.evidenceCount(),
        c.rowVersion(),
        c.dueDate() == null ? null : c.dueDate().toString());
  }

  private static Map<String, Object> rule(AssignedCriterion c) {
    var definition = c.ruleDefinition();
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("type", definition.type().code());
    putIfSet(rule, "step", plain(definition.step()));
    putIfSet(rule, "on_time", plain(definition.onTime()));
    putIfSet(rule, "late", plain(definition.late()));
    putIfSet(
        rule, "when_none", definition.whenNone() == null ? null : definition.whenNone().code());
    putIfSet(rule, "per_item", plain(definition.perItem()));
    if (!c.tiers().isEmpty()) {
      List<Map<String, Object>> tiers =
          c.tiers().stream()
              .map(
                  t ->
                      Map.<String, Object>of(
                          "min", plain(t.minRatio()), "points", t.points().toBigDecimal()))
              .toList();
      rule.put("tiers", tiers);
    }
    return rule;
  }

  private static Map<String, Object> inputs(ScoreInputs in) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    putIfSet(inputs, "points", in.points());
    putIfSet(inputs, "met", in.met());
    putIfSet(inputs, "timeliness", in.timeliness() == null ? null : in.timeliness().name());
    putIfSet(inputs, "achieved", plain(in.achieved()));
    putIfSet(inputs, "total", plain(in.total()));
    putIfSet(inputs, "violations", in.violations());
    return inputs;
  }

  /** 9 rather than the stored 9.0000, and never an exponent. */
  private static BigDecimal plain(BigDecimal value) {
    return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
  }

  private static void putIfSet(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
