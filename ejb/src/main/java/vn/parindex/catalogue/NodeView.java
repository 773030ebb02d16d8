package vn.parindex.catalogue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import vn.parindex.scoring.RuleType;
import vn.parindex.scoring.WhenNone;

/** A node of a version's tree with the problems found on it, as the tree editor shows it. */
public record NodeView(
    String code,
    String parentCode,
    NodeKind kind,
    String name,
    boolean nameInferred,
    BigDecimal maxPoints,
    AssessmentMethod method,
    boolean leaf,
    RuleType ruleType,
    BigDecimal step,
    BigDecimal onTime,
    BigDecimal late,
    WhenNone whenNone,
    BigDecimal perItem,
    List<TierDefinition> tiers,
    String evidenceGuidance,
    String due,
    String predecessorCode,
    List<VersionProblem> problems)
    implements Serializable {

  static NodeView of(IndexVersion version, Criterion node, List<VersionProblem> problems) {
    RuleDefinition rule = node.rule();
    boolean ruled = rule != null && rule.type() != null;
    return new NodeView(
        node.code().toString(),
        node.parent().map(p -> p.code().toString()).orElse(null),
        node.kind(),
        node.name(),
        node.nameInferred(),
        node.maxPoints().toBigDecimal(),
        node.method(),
        version.isLeaf(node),
        ruled ? rule.type() : null,
        ruled ? rule.step() : null,
        ruled ? rule.onTime() : null,
        ruled ? rule.late() : null,
        ruled ? rule.whenNone() : null,
        ruled ? rule.perItem() : null,
        node.tiers().stream().map(TierDefinition::of).toList(),
        node.evidenceGuidance(),
        node.dueDate().map(DueDate::toString).orElse(null),
        node.predecessor().map(p -> p.code().toString()).orElse(null),
        List.copyOf(problems));
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** The definition an editor starts from when it opens this node. */
  public NodeDefinition definition() {
    return new NodeDefinition(
        code,
        name,
        maxPoints,
        method,
        ruleType,
        step,
        onTime,
        late,
        whenNone,
        perItem,
        tiers,
        evidenceGuidance,
        due);
  }
}
