package vn.parindex.catalogue;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.parindex.scoring.CriterionCode;
import vn.parindex.scoring.Points;

/**
 * One edition of the index, issued by a decision for a level of unit and a year. The aggregate root
 * of its tree of areas, criteria and components: nodes are only added through it, so that codes
 * stay unique and consistent with the tree, and a published version no longer changes.
 */
@Entity
@Table(name = "index_version")
public class IndexVersion {
  public static final int NAME_LENGTH = 300;
  public static final int LEVEL_LENGTH = 40;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  @NotBlank
  @Size(max = NAME_LENGTH)
  @Column(name = "name", length = NAME_LENGTH, nullable = false)
  private String name;

  /** A level of administration is data (district, commune, province department, ...). */
  @NotBlank
  @Size(max = LEVEL_LENGTH)
  @Column(name = "unit_level", length = LEVEL_LENGTH, nullable = false)
  private String unitLevel;

  @Column(name = "index_year", nullable = false)
  private int year;

  /** The last year of the period the version covers (2025–2030); none: its year only. */
  @Column(name = "period_until")
  private Integer periodUntil;

  @Embedded private DecisionRef decision;

  @Column(name = "total_max", precision = 7, scale = 2, nullable = false)
  private BigDecimal totalMax;

  @Column(name = "self_assessed_max", precision = 7, scale = 2, nullable = false)
  private BigDecimal selfAssessedMax;

  @Column(name = "survey_max", precision = 7, scale = 2, nullable = false)
  private BigDecimal surveyMax;

  /**
   * Whether a unit's total (appraised + survey + bonus - penalty) is capped at the maximum and
   * floored at 0, as most provinces' decisions say; without it bonus points may lift a total above
   * the maximum and penalties take it below 0.
   */
  @Column(name = "total_bounded", nullable = false)
  private boolean totalBounded = true;

  /** Whether the bands' lower bounds are points or percentages of the maximum. */
  @Enumerated(EnumType.STRING)
  @Column(name = "band_scale", length = 8, nullable = false)
  private BandScale bandScale = BandScale.POINTS;

  /** True where the points and rules are illustrative, so the portal says so. */
  @Column(name = "illustrative", nullable = false)
  private boolean illustrative;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 12, nullable = false)
  private VersionStatus status = VersionStatus.DRAFT;

  @ElementCollection
  @CollectionTable(name = "classification_band", joinColumns = @JoinColumn(name = "version_id"))
  @OrderColumn(name = "band_index")
  private List<ClassificationBand> bands = new ArrayList<>();

  /** The version this one revises; null for a version entered from scratch or imported. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "predecessor_id")
  private IndexVersion predecessor;

  @OneToMany(mappedBy = "version", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<Criterion> nodes = new ArrayList<>();

  protected IndexVersion() {}

  public IndexVersion(
      String name,
      String unitLevel,
      int year,
      DecisionRef decision,
      Points totalMax,
      Points selfAssessedMax,
      Points surveyMax) {
    this.name = Objects.requireNonNull(name).strip();
    this.unitLevel = Objects.requireNonNull(unitLevel).strip();
    this.year = year;
    this.decision = Objects.requireNonNull(decision);
    this.totalMax = totalMax.toBigDecimal();
    this.selfAssessedMax = selfAssessedMax.toBigDecimal();
    this.surveyMax = surveyMax.toBigDecimal();
  }

  /**
   * Adds a node under the node its code names as parent ("1.5.1" under "1.5").
   *
   * @throws IllegalStateException when the version is no longer a draft
   * @throws IllegalArgumentException for a duplicate code or a missing parent
   */
  public Criterion addNode(
      CriterionCode code, NodeKind kind, String name, Points maxPoints, AssessmentMethod method) {
    requireDraft();
    if (node(code).isPresent()) {
      throw new IllegalArgumentException("Duplicate code " + code);
    }
    Criterion parent = code.parent().map(this::requireParent).orElse(null);
    Criterion node = new Criterion(this, parent, code, kind, name, maxPoints, method, nodes.size());
    nodes.add(node);
    renumber();
    return node;
  }

  public void addBand(String label, BigDecimal minTotal) {
    requireDraft();
    bands.add(new ClassificationBand(label, minTotal));
    bands.sort(Comparator.comparing(ClassificationBand::minTotal).reversed());
  }

  public void replaceBands(List<ClassificationBand> newBands) {
    requireDraft();
    bands.clear();
    newBands.forEach(b -> addBand(b.label(), b.minTotal()));
  }

  /** Changes what the issuing decision says of the version; only a draft changes. */
  public void describe(
      String newName,
      String newUnitLevel,
      int newYear,
      DecisionRef newDecision,
      Points newTotalMax,
      Points newSelfAssessedMax,
      Points newSurveyMax) {
    requireDraft();
    this.name = Objects.requireNonNull(newName).strip();
    this.unitLevel = Objects.requireNonNull(newUnitLevel).strip();
    this.year = newYear;
    this.decision = Objects.requireNonNull(newDecision);
    this.totalMax = newTotalMax.toBigDecimal();
    this.selfAssessedMax = newSelfAssessedMax.toBigDecimal();
    this.surveyMax = newSurveyMax.toBigDecimal();
  }

  /**
   * Sets the last year of the period the version covers (none: its year alone); only a draft
   * changes.
   *
   * @throws IllegalArgumentException when the period ends before the version's year
   */
  public void coverUntil(Integer lastYear) {
    requireDraft();
    if (lastYear != null && lastYear < year) {
      throw new IllegalArgumentException("The period ends before " + year + ": " + lastYear);
    }
    this.periodUntil = lastYear;
  }

  /** Gives the bands' lower bounds in points or in percent of the maximum; only a draft changes. */
  public void bandBy(BandScale scale) {
    requireDraft();
    this.bandScale = Objects.requireNonNull(scale, "scale");
  }

  /** Says whether the total is capped at the maximum and floored at 0; only a draft changes. */
  public void boundTotal(boolean bounded) {
    requireDraft();
    this.totalBounded = bounded;
  }

  public void markIllustrative() {
    requireDraft();
    this.illustrative = true;
  }

  /** Removes a node with everything under it; only a draft changes. */
  public void removeNode(Criterion node) {
    requireDraft();
    if (!nodes.contains(node)) {
      throw new IllegalArgumentException(node.code() + " is not a node of " + name);
    }
    CriterionCode code = node.code();
    nodes.removeIf(n -> n.equals(node) || code.isAncestorOf(n.code()));
    renumber();
  }

  /**
   * Moves a node, with everything under it, to a new code: its parent is the node the new code
   * names ("1.6.2" goes under "1.6").
   *
   * @throws IllegalArgumentException for a code already taken, a missing parent, or a move under
   *     the node itself
   */
  public void moveNode(Criterion node, CriterionCode newCode) {
    requireDraft();
    CriterionCode oldCode = node.code();
    if (oldCode.equals(newCode)) {
      return;
    }
    if (oldCode.isAncestorOf(newCode)) {
      throw new IllegalArgumentException("A node cannot move under itself: " + newCode);
    }
    if (node(newCode).isPresent()) {
      throw new IllegalArgumentException("Duplicate code " + newCode);
    }
    List<Criterion> subtree = nodes.stream().filter(n -> oldCode.isAncestorOf(n.code())).toList();
    int deepest = subtree.stream().mapToInt(n -> n.code().depth()).max().orElse(oldCode.depth());
    if (newCode.depth() + deepest - oldCode.depth() > NodeKind.values().length) {
      throw new IllegalArgumentException("An index has three levels: " + newCode + " is too deep");
    }
    Criterion newParent = newCode.parent().map(this::requireParent).orElse(null);
    node.relocate(newParent, newCode);
    for (Criterion descendant : subtree) {
      String suffix = descendant.code().toString().substring(oldCode.toString().length());
      CriterionCode moved = CriterionCode.of(newCode + suffix);
      Criterion movedParent = node(moved.parent().orElseThrow()).orElseThrow();
      descendant.relocate(movedParent, moved);
    }
    renumber();
  }

  private Criterion requireParent(CriterionCode parentCode) {
    return node(parentCode)
        .orElseThrow(() -> new IllegalArgumentException("No parent " + parentCode));
  }

  /** Keeps nodes in the order of their codes, the order the scorecard lists them in. */
  private void renumber() {
    nodes.sort(Comparator.comparing(Criterion::code));
    for (int i = 0; i < nodes.size(); i++) {
      nodes.get(i).placeAt(i);
    }
  }

  /** What keeps this version from being published; empty when it may be. */
  public List<VersionProblem> problems() {
    return new VersionCheck(this).problems();
  }

  /**
   * Publishes the version, after which neither it nor its tree may change.
   *
   * @throws VersionNotPublishableException listing the problems, when there are any
   */
  public void publish() {
    requireDraft();
    List<VersionProblem> problems = problems();
    if (!problems.isEmpty()) {
      throw new VersionNotPublishableException(problems);
    }
    this.status = VersionStatus.PUBLISHED;
  }

  /** A published version is retired once a later one replaces it; it stays for history. */
  public void retire() {
    if (status != VersionStatus.PUBLISHED) {
      throw new IllegalStateException("Only a published version retires: " + name);
    }
    this.status = VersionStatus.RETIRED;
  }

  /**
   * Starts the revision of this version: a draft with the same tree, issued by a new decision,
   * whose every node continues the node it was copied from.
   */
  public IndexVersion revise(String newName, DecisionRef newDecision) {
    return revise(newName, newDecision, unitLevel, year, periodUntil);
  }

  /**
   * Starts a revision that also moves the index to another level or period, as a province does when
   * it re-issues a commune index for 2025–2030.
   *
   * @param newPeriodUntil the last year of the period, or null for the year alone
   * @throws IllegalArgumentException when the period ends before it starts
   */
  public IndexVersion revise(
      String newName,
      DecisionRef newDecision,
      String newUnitLevel,
      int newYear,
      Integer newPeriodUntil) {
    if (status == VersionStatus.DRAFT) {
      throw new IllegalStateException("Only a published version is revised: " + name);
    }
    IndexVersion draft =
        new IndexVersion(
            newName,
            newUnitLevel,
            newYear,
            newDecision,
            totalMax(),
            selfAssessedMax(),
            surveyMax());
    draft.coverUntil(newPeriodUntil);
    draft.predecessor = this;
    draft.illustrative = illustrative;
    draft.totalBounded = totalBounded;
    draft.bandScale = bandScale;
    bands.forEach(b -> draft.bands.add(new ClassificationBand(b.label(), b.minTotal())));
    Map<Criterion, Criterion> copies = new HashMap<>();
    for (Criterion node : nodes) {
      Criterion copy = node.copyInto(draft, node.parent().map(copies::get).orElse(null));
      copies.put(node, copy);
      draft.nodes.add(copy);
    }
    return draft;
  }

  void requireDraft() {
    if (status != VersionStatus.DRAFT) {
      throw new VersionNotEditableException(name, status);
    }
  }

  public Optional<Criterion> node(CriterionCode code) {
    return nodes.stream().filter(n -> n.code().equals(code)).findFirst();
  }

  public List<Criterion> children(Criterion parent) {
    return nodes.stream().filter(n -> n.parent().filter(parent::equals).isPresent()).toList();
  }

  public boolean isLeaf(Criterion node) {
    return nodes.stream().noneMatch(n -> n.parent().filter(node::equals).isPresent());
  }

  /** The band a total reaches: the first whose lower bound it meets, highest first. */
  public Optional<String> bandOf(Points total) {
    return banding().of(total);
  }

  /** How a total is classified: the bands, in points or in percent of the maximum. */
  public Banding banding() {
    return new Banding(bandScale, totalMax, bands);
  }

  /** Entities are equal when they are the same row; a new one only to itself. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof IndexVersion other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return IndexVersion.class.hashCode();
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String unitLevel() {
    return unitLevel;
  }

  public int year() {
    return year;
  }

  public Optional<Integer> periodUntil() {
    return Optional.ofNullable(periodUntil);
  }

  public DecisionRef decision() {
    return decision;
  }

  public Points totalMax() {
    return Points.of(totalMax);
  }

  public Points selfAssessedMax() {
    return Points.of(selfAssessedMax);
  }

  public Points surveyMax() {
    return Points.of(surveyMax);
  }

  public boolean totalBounded() {
    return totalBounded;
  }

  public BandScale bandScale() {
    return bandScale;
  }

  public Optional<IndexVersion> predecessor() {
    return Optional.ofNullable(predecessor);
  }

  public boolean isDraft() {
    return status == VersionStatus.DRAFT;
  }

  public boolean illustrative() {
    return illustrative;
  }

  public VersionStatus status() {
    return status;
  }

  public List<ClassificationBand> bands() {
    return List.copyOf(bands);
  }

  public List<Criterion> nodes() {
    return List.copyOf(nodes);
  }
}
