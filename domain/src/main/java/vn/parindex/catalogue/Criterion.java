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
    return name.strip();
  }

  /** Gives a leaf node its scoring rule; ratio tiers come in the order the decision lists them. */
  public void defineRule(RuleDefinition definition, List<ScoringTier> ratioTiers) {
    this.rule = Objects.requireNonNull(definition);
    this.tiers = new ArrayList<>(ratioTiers);
    scoringRule(); // fails fast on parameters the engine would refuse
  }

  public void markNameInferred() {
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
}
