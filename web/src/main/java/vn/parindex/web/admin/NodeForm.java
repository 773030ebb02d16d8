package vn.parindex.web.admin;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.parindex.catalogue.AssessmentMethod;
import vn.parindex.catalogue.NodeDefinition;
import vn.parindex.catalogue.NodeKind;
import vn.parindex.catalogue.NodeView;
import vn.parindex.scoring.RuleType;
import vn.parindex.scoring.WhenNone;

/**
 * The side form of the tree editor: one node being edited or added, with one small editor per rule
 * type. Fractions are typed as percentages; which parameters are sent depends on the rule type.
 */
public class NodeForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private boolean adding;
  private String originalCode;
  private NodeKind kind;
  private boolean leaf;
  private String code;
  private String name;
  private BigDecimal maxPoints;
  private AssessmentMethod method;
  private RuleType ruleType;
  private BigDecimal step;
  private BigDecimal onTimePercent;
  private BigDecimal latePercent;
  private WhenNone whenNone;
  private BigDecimal perItem;
  private final List<TierRow> tiers = new ArrayList<>();
  private String evidenceGuidance;
  private String due;
  private String predecessorCode;
  private String savedPredecessorCode;

  void edit(NodeView node) {
    adding = false;
    originalCode = node.code();
    kind = node.kind();
    leaf = node.leaf();
    code = node.code();
    name = node.name();
    maxPoints = node.maxPoints();
    method = node.method();
    ruleType = node.ruleType();
    step = node.step();
    onTimePercent = Percent.of(node.onTime());
    latePercent = Percent.of(node.late());
    whenNone = node.whenNone();
    perItem = node.perItem();
    tiers.clear();
    node.tiers().forEach(t -> tiers.add(TierRow.of(t)));
    evidenceGuidance = node.evidenceGuidance();
    due = node.due();
    predecessorCode = node.predecessorCode();
    savedPredecessorCode = node.predecessorCode();
  }

  /** A new node at a suggested code, scored like its parent (self-assessed or by the survey). */
  void startNew(String suggestedCode, NodeKind newKind, AssessmentMethod parentMethod) {
    clear();
    adding = true;
    kind = newKind;
    leaf = true;
    code = suggestedCode;
    method = parentMethod == null ? AssessmentMethod.SELF_ASSESSED : parentMethod;
  }

  void clear() {
    adding = false;
    originalCode = null;
    kind = null;
    leaf = false;
    code = null;
    name = null;
    maxPoints = null;
    method = null;
    ruleType = null;
    step = null;
    onTimePercent = null;
    latePercent = null;
    whenNone = null;
    perItem = null;
    tiers.clear();
    evidenceGuidance = null;
    due = null;
    predecessorCode = null;
    savedPredecessorCode = null;
  }

  /** What the service is asked to store; only the chosen rule type's parameters are sent. */
  NodeDefinition definition() {
    RuleType type = ruleType;
    boolean ratio = type == RuleType.RATIO_TIERS || type == RuleType.PROPORTIONAL;
    return new NodeDefinition(
        code,
        name,
        maxPoints,
        method,
        type,
        type == RuleType.MANUAL ? step : null,
        type == RuleType.TIMELINESS ? Percent.toFraction(onTimePercent) : null,
        type == RuleType.TIMELINESS ? Percent.toFraction(latePercent) : null,
        ratio ? whenNone : null,
        type == RuleType.DEDUCTION ? perItem : null,
        type == RuleType.RATIO_TIERS ? tiers.stream().map(TierRow::definition).toList() : List.of(),
        evidenceGuidance,
        due);
  }

  boolean predecessorChanged() {
    return !Objects.equals(blankToNull(predecessorCode), savedPredecessorCode);
  }

  /** Starts a newly chosen rule's editor from the usual values instead of empty boxes. */
  void ruleTypeChanged() {
    if (ruleType == null) {
      return;
    }
    switch (ruleType) {
      case MANUAL -> step = step == null ? new BigDecimal("0.25") : step;
      case TIMELINESS -> {
        onTimePercent = onTimePercent == null ? HUNDRED : onTimePercent;
        latePercent = latePercent == null ? BigDecimal.valueOf(50) : latePercent;
      }
      case RATIO_TIERS -> {
        whenNone = whenNone == null ? WhenNone.ZERO : whenNone;
        if (tiers.isEmpty()) {
          tiers.add(new TierRow(HUNDRED, maxPoints));
          tiers.add(new TierRow(BigDecimal.ZERO, BigDecimal.ZERO));
        }
      }
      case PROPORTIONAL -> whenNone = whenNone == null ? WhenNone.FULL : whenNone;
      case DEDUCTION -> perItem = perItem == null ? new BigDecimal("0.5") : perItem;
      case BINARY -> {
        // nothing to set: met earns the max
      }
    }
  }

  void addTier() {
    tiers.add(new TierRow());
  }

  void removeTier(TierRow tier) {
    tiers.remove(tier);
  }

  /** The parent's code and one more than the highest number among its children: 1.5 → 1.5.3. */
  static String nextCode(String parentCode, List<String> childCodes) {
    int highest = childCodes.size();
    for (String child : childCodes) {
      String last = child.substring(child.lastIndexOf('.') + 1);
      highest = Math.max(highest, last.matches("\\d{1,6}") ? Integer.parseInt(last) : 0);
    }
    String next = String.valueOf(highest + 1);
    return parentCode == null ? next : parentCode + "." + next;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  public boolean isOpen() {
    return adding || originalCode != null;
  }

  public boolean isAdding() {
    return adding;
  }

  public String getOriginalCode() {
    return originalCode;
  }

  public NodeKind getKind() {
    return kind;
  }

  public boolean isLeaf() {
    return leaf;
  }

  public RuleType[] getRuleTypes() {
    return RuleType.values();
  }

  public WhenNone[] getWhenNoneValues() {
    return WhenNone.values();
  }

  public AssessmentMethod[] getMethods() {
    return AssessmentMethod.values();
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public BigDecimal getMaxPoints() {
    return maxPoints;
  }

  public void setMaxPoints(BigDecimal maxPoints) {
    this.maxPoints = maxPoints;
  }

  public AssessmentMethod getMethod() {
    return method;
  }

  public void setMethod(AssessmentMethod method) {
    this.method = method;
  }

  public RuleType getRuleType() {
    return ruleType;
  }

  public void setRuleType(RuleType ruleType) {
    this.ruleType = ruleType;
  }

  public BigDecimal getStep() {
    return step;
  }

  public void setStep(BigDecimal step) {
    this.step = step;
  }

  public BigDecimal getOnTimePercent() {
    return onTimePercent;
  }

  public void setOnTimePercent(BigDecimal onTimePercent) {
    this.onTimePercent = onTimePercent;
  }

  public BigDecimal getLatePercent() {
    return latePercent;
  }

  public void setLatePercent(BigDecimal latePercent) {
    this.latePercent = latePercent;
  }

  public WhenNone getWhenNone() {
    return whenNone;
  }

  public void setWhenNone(WhenNone whenNone) {
    this.whenNone = whenNone;
  }

  public BigDecimal getPerItem() {
    return perItem;
  }

  public void setPerItem(BigDecimal perItem) {
    this.perItem = perItem;
  }

  public List<TierRow> getTiers() {
    return tiers;
  }

  public String getEvidenceGuidance() {
    return evidenceGuidance;
  }

  public void setEvidenceGuidance(String evidenceGuidance) {
    this.evidenceGuidance = evidenceGuidance;
  }

  public String getDue() {
    return due;
  }

  public void setDue(String due) {
    this.due = due;
  }

  public String getPredecessorCode() {
    return predecessorCode;
  }

  public void setPredecessorCode(String predecessorCode) {
    this.predecessorCode = predecessorCode;
  }
}
