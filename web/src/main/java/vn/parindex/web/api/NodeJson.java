package vn.parindex.web.api;

import java.math.BigDecimal;
import java.util.List;
import vn.parindex.catalogue.AssessmentMethod;
import vn.parindex.catalogue.NodeDefinition;
import vn.parindex.catalogue.NodeView;
import vn.parindex.catalogue.TierDefinition;
import vn.parindex.platform.BusinessException;
import vn.parindex.scoring.RuleType;
import vn.parindex.scoring.WhenNone;

/**
 * A node of an index version in JSON, in the words of the YAML format: rule types "ratio_tiers",
 * "timeliness", ..., when_none "full" or "zero", methods "self", "survey", "bonus" or "penalty".
 */
public class NodeJson {
  public String code;
  public String name;
  public BigDecimal maxPoints;
  public String method;
  public String ruleType;
  public BigDecimal step;
  public BigDecimal onTime;
  public BigDecimal late;
  public String whenNone;
  public BigDecimal perItem;
  public List<TierJson> tiers;
  public String evidenceGuidance;

  /** The due date relative to the assessed year N: "15/12/N-1", "31/03/N"; absent for none. */
  public String due;

  public String predecessorCode;
  public List<String> problems;

  /** One tier: from this ratio up, these points. */
  public static class TierJson {
    public BigDecimal min;
    public BigDecimal points;
  }

  static NodeJson orEmpty(NodeJson node) {
    return node == null ? new NodeJson() : node;
  }

  NodeDefinition toDefinition(String pathCode) {
    try {
      return new NodeDefinition(
          pathCode != null ? pathCode : code,
          name,
          maxPoints,
          method == null ? null : AssessmentMethod.fromCode(method),
          ruleType == null || ruleType.isBlank() ? null : RuleType.fromCode(ruleType),
          step,
          onTime,
          late,
          whenNone == null ? null : WhenNone.fromCode(whenNone),
          perItem,
          tiers == null
              ? List.of()
              : tiers.stream().map(t -> new TierDefinition(t.min, t.points)).toList(),
          evidenceGuidance,
          due);
    } catch (IllegalArgumentException e) {
      throw new BusinessException("version.node.badRule", String.valueOf(code)).onField("ruleType");
    }
  }

  static NodeJson of(NodeView view, List<String> translatedProblems) {
    NodeJson json = new NodeJson();
    json.code = view.code();
    json.name = view.name();
    json.maxPoints = view.maxPoints();
    json.method = view.method().code();
    json.ruleType = view.ruleType() == null ? null : view.ruleType().code();
    json.step = view.step();
    json.onTime = view.onTime();
    json.late = view.late();
    json.whenNone = view.whenNone() == null ? null : view.whenNone().code();
    json.perItem = view.perItem();
    json.tiers =
        view.tiers().stream()
            .map(
                t -> {
                  TierJson tier = new TierJson();
                  tier.min = t.minRatio();
                  tier.points = t.points();
                  return tier;
                })
            .toList();
    json.evidenceGuidance = view.evidenceGuidance();
    json.due = view.due();
    json.predecessorCode = view.predecessorCode();
    json.problems = translatedProblems;
    return json;
  }
}
