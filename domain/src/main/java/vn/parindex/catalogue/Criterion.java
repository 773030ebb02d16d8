package vn.parindex.catalogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.parindex.kernel.CleanText;
import vn.parindex.scoring.CriterionCode;
import vn.parindex.scoring.Points;
import vn.parindex.scoring.ScoringRule;

/**
 * A node of an index version: an area, a criterion or a component criterion. Only nodes without
 * children carry a scoring rule; a parent's points are the sum of its children's.
 */
@Entity
@Table(name = "criterion")
public class Criterion {
  public static final int CODE_LENGTH = 20;
  public static final int NAME_LENGTH = 1000;
  public static final int GUIDANCE_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_id", nullable = false)
  private IndexVersion version;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private Criterion parent;

  @NotBlank
  @Size(max = CODE_LENGTH)
  @Column(name = "code", length = CODE_LENGTH, nullable = false)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 12, nullable = false)
  private NodeKind kind;

  @NotBlank
  @Size(max = NAME_LENGTH)
  @Column(name = "name", length = NAME_LENGTH, nullable = false)
  private String name;

  /** True where the name was inferred for the demo rather than taken from the decision. */
  @Column(name = "name_inferred", nullable = false)
  private boolean nameInferred;

  @Column(name = "max_points", precision = 7, scale = 2, nullable = false)
  private BigDecimal maxPoints;

  @Enumerated(EnumType.STRING)
  @Column(name = "method", length = 16, nullable = false)
  private AssessmentMethod method;

  @Column(name = "sort_order", nullable = false)
  private int position;

  @Embedded private RuleDefinition rule;

  /** What documents an office is expected to attach as evidence (tài liệu kiểm chứng). */
  @Size(max = GUIDANCE_LENGTH)
  @Column(name = "evidence_guidance", length = GUIDANCE_LENGTH)
  private String evidenceGuidance;

  /**
   * The day a timeliness criterion's work is due, relative to the assessed year; null when the
   * criterion has none of its own (a parent's may apply, see {@link #effectiveDueDate()}).
   */
  @Embedded private DueDate due;

  /** The criterion of the previous version this one continues; null for a new criterion. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "predecessor_id")
  private Criterion predecessor;

  @ElementCollection
  @CollectionTable(name = "scoring_tier", joinColumns = @JoinColumn(name = "criterion_id"))
  @OrderColumn(name = "tier_index")
  private List<ScoringTier> tiers = new ArrayList<>();

  protected Criterion() {}

  Criterion(
      IndexVersion version,
      Criterion parent,
      CriterionCode code,
      NodeKind kind,
      String name,
      Points maxPoints,
      AssessmentMethod method,
      int position) {
    this.version = Objects.requireNonNull(version);
    this.parent = parent;
    this.code = code.toString();
    this.kind = Objects.requireNonNull(kind);
    this.name = requireName(name);
    this.maxPoints = maxPoints.toBigDecimal();
    this.method = Objects.requireNonNull(method);
    this.position = position;
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("A criterion needs a name");
    }
    // a workbook cell may hold line breaks; a name printed on a scorecard may not hide its order
    return CleanText.multiline("name", name.strip());
  }

  /** Gives a leaf node its scoring rule; ratio tiers come in the order the decision lists them. */
  public void defineRule(RuleDefinition definition, List<ScoringTier> ratioTiers) {
    version.requireDraft();
    RuleDefinition previous = rule;
    List<ScoringTier> previousTiers = tiers;
    this.rule = Objects.requireNonNull(definition);
    this.tiers = new ArrayList<>(ratioTiers);
    try {
      scoringRule(); // fails fast on parameters the engine would refuse
    } catch (IllegalArgumentException | NullPointerException refused) {
      this.rule = previous;
      this.tiers = previousTiers;
      throw new IllegalArgumentException(refused.getMessage(), refused);
    }
  }

  /** A parent, or a node scored by the survey, has no rule of its own. */
  public void clearRule() {
    version.requireDraft();
    this.rule = null;
    this.tiers = new ArrayList<>();
  }

  public void rename(String newName) {
    version.requireDraft();
    this.name = requireName(newName);
  }

  public void changeMaxPoints(Points newMax) {
    version.requireDraft();
    this.maxPoints = newMax.toBigDecimal();
  }

  public void changeMethod(AssessmentMethod newMethod) {
    version.requireDraft();
    this.method = Objects.requireNonNull(newMethod);
  }

  public void describeEvidence(String guidance) {
    version.requireDraft();
    this.evidenceGuidance = guidance == null || guidance.isBlank() ? null : guidance.strip();
  }

  /** Sets or, with null, removes the node's own due date. */
  public void dueBy(DueDate dueDate) {
    version.requireDraft();
    this.due = dueDate;
  }

  /** Links this criterion to the one it continues in an earlier version, or to none (new). */
  public void continues(Criterion earlier) {
    version.requireDraft();
    if (earlier != null && earlier.version().equals(version)) {
      throw new IllegalArgumentException("A criterion continues one of an earlier version");
    }
    this.predecessor = earlier;
  }

  /** Same maximum and same rule: a score of one is a score of the other. */
  public boolean scoresLike(Criterion other) {
    return sameRuleAs(other) && maxPoints().equals(other.maxPoints());
  }

  /**
   * Same rule, whatever the maximum. The other node is read through its methods: it may be a lazy
   * proxy (a predecessor), whose fields are empty.
   */
  public boolean sameRuleAs(Criterion other) {
    RuleDefinition otherRule = other.rule();
    if (rule == null || !rule.isDefined()) {
      return otherRule == null || !otherRule.isDefined();
    }
    return rule.sameAs(otherRule) && sameTiers(other.tiers());
  }

  private boolean sameTiers(List<ScoringTier> others) {
    if (tiers.size() != others.size()) {
      return false;
    }
    for (int i = 0; i < tiers.size(); i++) {
      if (!tiers.get(i).sameAs(others.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Moves the node to a new place in the tree: new code, parent and level. */
  void relocate(Criterion newParent, CriterionCode newCode) {
    this.parent = newParent;
    this.code = newCode.toString();
    this.kind = NodeKind.atDepth(newCode.depth());
  }

  void placeAt(int newPosition) {
    this.position = newPosition;
  }

  /** A copy of this node in another (draft) version, continuing this one. */
  Criterion copyInto(IndexVersion draft, Criterion copiedParent) {
    Criterion copy =
        new Criterion(draft, copiedParent, code(), kind, name, maxPoints(), method, position);
    copy.nameInferred = nameInferred;
    copy.evidenceGuidance = evidenceGuidance;
    copy.due = due == null ? null : due.copy();
    copy.rule = rule == null ? null : rule.copy();
    copy.tiers =
        new ArrayList<>(
            tiers.stream().map(t -> new ScoringTier(t.minRatio(), t.points())).toList());
    copy.predecessor = this;
    return copy;
  }

  public void markNameInferred() {
    version.requireDraft();
    this.nameInferred = true;
  }

  public Optional<ScoringRule> scoringRule() {
    if (rule == null || !rule.isDefined()) {
      return Optional.empty();
    }
    return Optional.of(rule.toRule(tiers));
  }

  public boolean isSelfAssessed() {
    return method == AssessmentMethod.SELF_ASSESSED;
  }

  /** Entities are equal when they are the same row; a new one only to itself. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Criterion other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Criterion.class.hashCode();
  }

  public Long id() {
    return id;
  }

  public IndexVersion version() {
    return version;
  }

  public Optional<Criterion> parent() {
    return Optional.ofNullable(parent);
  }

  public CriterionCode code() {
    return CriterionCode.of(code);
  }

  public NodeKind kind() {
    return kind;
  }

  public String name() {
    return name;
  }

  public boolean nameInferred() {
    return nameInferred;
  }

  public Points maxPoints() {
    return Points.of(maxPoints);
  }

  public AssessmentMethod method() {
    return method;
  }

  public int position() {
    return position;
  }

  public RuleDefinition rule() {
    return rule;
  }

  public List<ScoringTier> tiers() {
    return List.copyOf(tiers);
  }

  public String evidenceGuidance() {
    return evidenceGuidance;
  }

  /** The node's own due date; an embedded value with no column set reads as none. */
  public Optional<DueDate> dueDate() {
    return Optional.ofNullable(due);
  }

  /**
   * The due date that applies to the work of this node: its own, else the nearest ancestor's (a
   * criterion "on time" whose component criteria share its day).
   */
  public Optional<DueDate> effectiveDueDate() {
    for (Criterion node = this; node != null; node = node.parent().orElse(null)) {
      Optional<DueDate> own = node.dueDate();
      if (own.isPresent()) {
        return own;
      }
    }
    return Optional.empty();
  }

  /** Same due date, through the other node's methods (it may be a lazy proxy). */
  public boolean sameDueDateAs(Criterion other) {
    return dueDate().equals(other.dueDate());
  }

  public Optional<Criterion> predecessor() {
    return Optional.ofNullable(predecessor);
  }
}
