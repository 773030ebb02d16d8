package vn.parindex.consolidation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.parindex.catalogue.Banding;
import vn.parindex.catalogue.ClassificationBand;
import vn.parindex.catalogue.NodeKind;
import vn.parindex.scoring.CriterionCode;
import vn.parindex.scoring.Points;
import vn.parindex.scoring.Rollup;

/**
 * A unit's consolidated scores: every node's points rolled up from its leaves, each area against
 * its max, the self-assessed part, the survey part, the grand total and its band, and why the
 * result is still provisional.
 *
 * <p>A leaf criterion counts the score of its lead office only; a supporting office's score of a
 * shared criterion is shown beside it but never added, and a criterion whose lead office has not
 * scored is unscored even when the supporting office has. Survey criteria are scored by the
 * province and entered by the consolidating office. A missing score counts as nothing in the
 * totals, which are then provisional. All amounts are {@link Points}: two places, half-up.
 *
 * <p>Maps are keyed by database ids, never by entities, so the computation needs no persistence
 * context and runs unchanged over many units.
 */
public final class Consolidation {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Map<Long, Points> points;
  private final Map<Long, OfficeScore> leadScores;
  private final List<AreaResult> areas;
  private final Points selfAssessedMax;
  private final Points selfAssessedTotal;
  private final Points surveyMax;
  private final Points surveyTotal;
  private final Optional<String> band;
  private final List<Long> unscored;
  private final List<Long> surveyMissing;
  private final List<Long> returned;
  private final Set<ProvisionalReason> reasons;

  private Consolidation(Builder b) {
    this.points = Collections.unmodifiableMap(b.points);
    this.leadScores = Collections.unmodifiableMap(b.leadScores);
    this.areas = List.copyOf(b.areas);
    this.selfAssessedMax = b.selfAssessedMax;
    this.selfAssessedTotal = b.selfAssessedTotal;
    this.surveyMax = b.surveyMax;
    this.surveyTotal = b.surveyTotal;
    this.band = b.band;
    this.unscored = List.copyOf(b.unscored);
    this.surveyMissing = List.copyOf(b.surveyMissing);
    this.returned = List.copyOf(b.returned);
    this.reasons = Collections.unmodifiableSet(b.reasons);
  }

  /**
   * Consolidates a unit.
   *
   * @param tree every node of the version, in index order (areas, criteria, components)
   * @param scores every saved self-score of the unit's offices, lead and supporting
   * @param surveyPoints the points entered for survey leaves, by criterion id
   * @param bands the version's classification bands
   * @throws IllegalArgumentException for a score of a node that is not a self-assessed leaf of the
   *     tree, two lead scores of one criterion, or survey points of a node that is not a survey
   *     leaf or above its max
   */
  public static Consolidation of(
      List<IndexNode> tree,
      Collection<OfficeScore> scores,
      Map<Long, Points> surveyPoints,
      List<ClassificationBand> bands) {
    return of(tree, scores, surveyPoints, Banding.inPoints(bands));
  }

  /** The same, banded as the version bands: in points or in percent of its maximum. */
  public static Consolidation of(
      List<IndexNode> tree,
      Collection<OfficeScore> scores,
      Map<Long, Points> surveyPoints,
      Banding banding) {
    Map<Long, IndexNode> byId = new HashMap<>();
    Map<CriterionCode, IndexNode> byCode = new HashMap<>();
    Set<CriterionCode> parents = new HashSet<>();
    for (IndexNode node : tree) {
      byId.put(node.id(), node);
      byCode.put(node.code(), node);
      node.code().parent().ifPresent(parents::add);
    }

    Builder b = new Builder();
    Map<CriterionCode, Points> leafPoints = new HashMap<>();
    for (OfficeScore score : scores) {
      IndexNode leaf = requireLeaf(byId, parents, score.criterionId());
      if (leaf.isSurvey()) {
        throw new IllegalArgumentException("A self-score of the survey criterion " + leaf.code());
      }
      if (score.lead()) {
        if (b.leadScores.put(leaf.id(), score) != null) {
          throw new IllegalArgumentException("Two lead scores of " + leaf.code());
        }
        leafPoints.put(leaf.code(), score.points());
      }
    }
    surveyPoints.forEach(
        (id, entered) -> {
          IndexNode leaf = requireLeaf(byId, parents, id);
          if (!leaf.isSurvey()) {
            throw new IllegalArgumentException("Survey points of " + leaf.code());
          }
          if (entered.isGreaterThan(leaf.maxPoints())) {
            throw new IllegalArgumentException("Survey points above the max of " + leaf.code());
          }
          leafPoints.put(leaf.code(), entered);
        });

    Rollup.rollUp(byCode.keySet(), leafPoints)
        .forEach((code, sum) -> b.points.put(byCode.get(code).id(), sum));

    Points selfMax = Points.ZERO;
    Points selfTotal = Points.ZERO;
    Points surveyMax = Points.ZERO;
    Points surveyTotal = null;
    for (IndexNode node : tree) {
      Points nodePoints = b.points.get(node.id());
      if (node.kind() == NodeKind.AREA) {
        b.areas.add(
            new AreaResult(
                node.id(), node.maxPoints(), nodePoints, percent(nodePoints, node.maxPoints())));
      }
      if (parents.contains(node.code()) || node.method().isAdjustment()) {
        continue;
      }
      if (node.isSurvey()) {
        surveyMax = surveyMax.plus(node.maxPoints());
        if (nodePoints == null) {
          b.surveyMissing.add(node.id());
        } else {
          surveyTotal = surveyTotal == null ? nodePoints : surveyTotal.plus(nodePoints);
        }
      } else {
        selfMax = selfMax.plus(node.maxPoints());
        OfficeScore lead = b.leadScores.get(node.id());
        if (lead == null) {
          b.unscored.add(node.id());
        } else {
          selfTotal = selfTotal.plus(lead.points());
          if (lead.returned()) {
            b.returned.add(node.id());
          }
        }
      }
    }
    b.selfAssessedMax = selfMax;
    b.selfAssessedTotal = selfTotal;
    b.surveyMax = surveyMax;
    b.surveyTotal = surveyTotal;
    b.band = banding.of(surveyTotal == null ? selfTotal : selfTotal.plus(surveyTotal));
    if (!b.unscored.isEmpty()) {
      b.reasons.add(ProvisionalReason.UNSCORED);
    }
    if (!b.surveyMissing.isEmpty()) {
      b.reasons.add(ProvisionalReason.SURVEY_MISSING);
    }
    if (!b.returned.isEmpty()) {
      b.reasons.add(ProvisionalReason.RETURNED);
    }
    return new Consolidation(b);
  }

  private static IndexNode requireLeaf(
      Map<Long, IndexNode> byId, Set<CriterionCode> parents, long id) {
    IndexNode node = byId.get(id);
    if (node == null) {
      throw new IllegalArgumentException("Points for node " + id + ", which is not in the tree");
    }
    if (parents.contains(node.code())) {
      throw new IllegalArgumentException(
          "Points for " + node.code() + ", which is scored by the sum of its children");
    }
    return node;
  }

  /** Points as a percentage of max, two places half-up; absent without points or without max. */
  static BigDecimal percent(Points points, Points max) {
    if (points == null || max.toBigDecimal().signum() == 0) {
      return null;
    }
    return points
        .toBigDecimal()
        .multiply(HUNDRED)
        .divide(max.toBigDecimal(), Points.SCALE, RoundingMode.HALF_UP);
  }

  /** The node's points: a leaf's counting score, a parent's sum; absent while nothing is scored. */
  public Optional<Points> pointsOf(long nodeId) {
    return Optional.ofNullable(points.get(nodeId));
  }

  /** The lead office's score of a leaf criterion, the one that counts. */
  public Optional<OfficeScore> leadScore(long criterionId) {
    return Optional.ofNullable(leadScores.get(criterionId));
  }

  public List<AreaResult> areas() {
    return areas;
  }

  public Points selfAssessedMax() {
    return selfAssessedMax;
  }

  /** The sum of the lead offices' scores of every self-assessed leaf; missing ones count 0. */
  public Points selfAssessedTotal() {
    return selfAssessedTotal;
  }

  public Points surveyMax() {
    return surveyMax;
  }

  /** The survey points entered so far; absent until at least one survey criterion is entered. */
  public Optional<Points> surveyTotal() {
    return Optional.ofNullable(surveyTotal);
  }

  public Points totalMax() {
    return selfAssessedMax.plus(surveyMax);
  }

  /** The self-assessed total plus the survey points entered so far. */
  public Points grandTotal() {
    return surveyTotal == null ? selfAssessedTotal : selfAssessedTotal.plus(surveyTotal);
  }

  /** The band the grand total reaches, provisional as long as {@link #provisional()}. */
  public Optional<String> band() {
    return band;
  }

  /** Self-assessed leaves without a lead score, in index order. */
  public List<Long> unscored() {
    return unscored;
  }

  /** Survey leaves without points, in index order. */
  public List<Long> surveyMissing() {
    return surveyMissing;
  }

  /** Leaves whose lead score was returned for revision, in index order. */
  public List<Long> returned() {
    return returned;
  }

  public Set<ProvisionalReason> reasons() {
    return reasons;
  }

  public boolean provisional() {
    return !reasons.isEmpty();
  }

  private static final class Builder {
    private final Map<Long, Points> points = new HashMap<>();
    private final Map<Long, OfficeScore> leadScores = new HashMap<>();
    private final List<AreaResult> areas = new ArrayList<>();
    private final List<Long> unscored = new ArrayList<>();
    private final List<Long> surveyMissing = new ArrayList<>();
    private final List<Long> returned = new ArrayList<>();
    private final Set<ProvisionalReason> reasons = EnumSet.noneOf(ProvisionalReason.class);
    private Points selfAssessedMax;
    private Points selfAssessedTotal;
    private Points surveyMax;
    private Points surveyTotal;
    private Optional<String> band;
  }
}
