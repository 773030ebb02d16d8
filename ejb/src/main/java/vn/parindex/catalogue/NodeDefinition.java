package vn.parindex.catalogue;

import java.math.BigDecimal;
import java.util.List;
import vn.parindex.scoring.RuleType;
import vn.parindex.scoring.WhenNone;

/**
 * What an administrator says of one node of a draft: everything but its place in the tree, which
 * its code gives. A null rule type means no rule: a parent, or a node scored by the survey. {@code
 * due} is the due date as written ("15/12/N-1"), blank for none.
 */
public record NodeDefinition(
    String code,
    String name,
    BigDecimal maxPoints,
    AssessmentMethod method,
    RuleType ruleType,
    BigDecimal step,
    BigDecimal onTime,
    BigDecimal late,
    WhenNone whenNone,
    BigDecimal perItem,
    List<TierDefinition> tiers,
    String evidenceGuidance,
    String due) {

  public NodeDefinition {
    tiers = tiers == null ? List.of() : List.copyOf(tiers);
  }

  RuleDefinition rule() {
    return switch (ruleType) {
      case MANUAL -> RuleDefinition.manual(step);
      case BINARY -> RuleDefinition.binary();
      case TIMELINESS -> RuleDefinition.timeliness(onTime, late);
      case RATIO_TIERS -> RuleDefinition.ratioTiers(whenNone);
      case PROPORTIONAL -> RuleDefinition.proportional(whenNone);
      case DEDUCTION -> RuleDefinition.deduction(perItem);
    };
  }

  List<ScoringTier> scoringTiers() {
    return ruleType == RuleType.RATIO_TIERS
        ? tiers.stream().map(TierDefinition::toTier).toList()
        : List.of();
  }
}
