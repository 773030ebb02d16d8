package vn.parindex.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import vn.parindex.scoring.BinaryRule;
import vn.parindex.scoring.DeductionRule;
import vn.parindex.scoring.ManualRule;
import vn.parindex.scoring.Points;
import vn.parindex.scoring.ProportionalRule;
import vn.parindex.scoring.RatioTiersRule;
import vn.parindex.scoring.RuleType;
import vn.parindex.scoring.ScoringRule;
import vn.parindex.scoring.TimelinessRule;
import vn.parindex.scoring.WhenNone;

/**
 * The stored parameters of a scoring rule. Columns a rule type does not use stay null; the pure
 * {@link ScoringRule} is rebuilt from them, so the engine never depends on persistence.
 */
@Embeddable
public class RuleDefinition implements Serializable {
  @Enumerated(EnumType.STRING)
  @Column(name = "rule_type", length = 20)
  private RuleType type;

  @Column(name = "rule_step", precision = 7, scale = 2)
  private BigDecimal step;

  @Column(name = "rule_on_time", precision = 5, scale = 4)
  private BigDecimal onTime;

  @Column(name = "rule_late", precision = 5, scale = 4)
  private BigDecimal late;

  @Enumerated(EnumType.STRING)
  @Column(name = "rule_when_none", length = 10)
  private WhenNone whenNone;

  @Column(name = "rule_per_item", precision = 7, scale = 2)
  private BigDecimal perItem;

  protected RuleDefinition() {}

  private RuleDefinition(RuleType type) {
    this.type = type;
  }

  public static RuleDefinition manual(BigDecimal step) {
    RuleDefinition rule = new RuleDefinition(RuleType.MANUAL);
    rule.step = step;
    return rule;
  }

  public static RuleDefinition binary() {
    return new RuleDefinition(RuleType.BINARY);
  }

  public static RuleDefinition timeliness(BigDecimal onTime, BigDecimal late) {
    RuleDefinition rule = new RuleDefinition(RuleType.TIMELINESS);
    rule.onTime = onTime;
    rule.late = late;
    return rule;
  }

  public static RuleDefinition ratioTiers(WhenNone whenNone) {
    RuleDefinition rule = new RuleDefinition(RuleType.RATIO_TIERS);
    rule.whenNone = whenNone;
    return rule;
  }

  public static RuleDefinition proportional(WhenNone whenNone) {
    RuleDefinition rule = new RuleDefinition(RuleType.PROPORTIONAL);
    rule.whenNone = whenNone;
    return rule;
  }

  public static RuleDefinition deduction(BigDecimal perItem) {
    RuleDefinition rule = new RuleDefinition(RuleType.DEDUCTION);
    rule.perItem = perItem;
    return rule;
  }

  /** Same rule type with the same parameters; decimals compare by value (0.5 equals 0.50). */
  boolean sameAs(RuleDefinition other) {
    return other != null
        && type == other.type
        && sameValue(step, other.step)
        && sameValue(onTime, other.onTime)
        && sameValue(late, other.late)
        && whenNone == other.whenNone
        && sameValue(perItem, other.perItem);
  }

  static boolean sameValue(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }

  RuleDefinition copy() {
    RuleDefinition copy = new RuleDefinition(type);
    copy.step = step;
    copy.onTime = onTime;
    copy.late = late;
    copy.whenNone = whenNone;
    copy.perItem = perItem;
    return copy;
  }

  boolean isDefined() {
    return type != null;
  }

  ScoringRule toRule(List<ScoringTier> tiers) {
    return switch (type) {
      case MANUAL -> new ManualRule(step);
      case BINARY -> new BinaryRule();
      case TIMELINESS -> new TimelinessRule(onTime, late);
      case RATIO_TIERS ->
          new RatioTiersRule(whenNone, tiers.stream().map(ScoringTier::toTier).toList());
      case PROPORTIONAL -> new ProportionalRule(whenNone);
      case DEDUCTION -> new DeductionRule(Points.of(perItem));
    };
  }

  public RuleType type() {
    return type;
  }

  public BigDecimal step() {
    return step;
  }

  public BigDecimal onTime() {
    return onTime;
  }

  public BigDecimal late() {
    return late;
  }

  public WhenNone whenNone() {
    return whenNone;
  }

  public BigDecimal perItem() {
    return perItem;
  }
}
