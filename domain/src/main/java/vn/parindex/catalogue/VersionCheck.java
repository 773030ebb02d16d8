package vn.parindex.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.parindex.scoring.CriterionCode;
import vn.parindex.scoring.Points;

/**
 * The checks an index version must pass before it is published, each reported on the node it
 * concerns: codes unique and consistent with the tree, a parent's max equal to the sum of its
 * children's, every self-assessed leaf scored by a sound rule, every bonus or penalty leaf with a
 * maximum, the parts adding up to the total (bonus and penalty outside it), and the bands' bounds
 * distinct and within 0..max, or 0..100 when they are percentages.
 */
final class VersionCheck {
  private final IndexVersion version;
  private final List<VersionProblem> problems = new ArrayList<>();

  VersionCheck(IndexVersion version) {
    this.version = version;
  }

  List<VersionProblem> problems() {
    List<Criterion> nodes = version.nodes();
    if (nodes.isEmpty()) {
      problems.add(new VersionProblem(null, "version.empty"));
      return problems;
    }
    Set<CriterionCode> seen = new HashSet<>();
    for (Criterion node : nodes) {
      if (!seen.add(node.code())) {
        add(node, "version.code.duplicate", node.code().toString());
      }
      checkPlace(node);
      node.dueDate()
          .filter(due -> !due.isValid())
          .ifPresent(due -> add(node, "version.due.invalid", node.code().toString(), due));
      List<Criterion> children = version.children(node);
      if (children.isEmpty()) {
        checkLeaf(node);
      } else {
        checkParent(node, children);
      }
    }
    checkTotals(nodes);
    checkBands();
    return problems;
  }

  /**
   * Each lower bound within 0..100 % or 0..max, as the version measures its bands, and no two bands
   * from the same bound (the version keeps them highest first, so they are otherwise in order).
   */
  private void checkBands() {
    boolean percent = version.bandScale() == BandScale.PERCENT;
    BigDecimal upper = percent ? BigDecimal.valueOf(100) : version.totalMax().toBigDecimal();
    BigDecimal above = null;
    for (ClassificationBand band : version.bands()) {
      BigDecimal min = band.minTotal();
      if (min.signum() < 0 || min.compareTo(upper) > 0) {
        problems.add(
            new VersionProblem(
                null,
                percent ? "version.band.percentRange" : "version.band.pointsRange",
                band.label(),
                min,
                upper));
      }
      if (above != null && min.compareTo(above) == 0) {
        problems.add(new VersionProblem(null, "version.band.duplicate", band.label(), min));
      }
      above = min;
    }
  }

  /** 1.5.1 lies under 1.5 under 1, and the level matches the number of segments. */
  private void checkPlace(Criterion node) {
    CriterionCode expectedParent = node.code().parent().orElse(null);
    CriterionCode actualParent = node.parent().map(Criterion::code).orElse(null);
    if (expectedParent == null ? actualParent != null : !expectedParent.equals(actualParent)) {
      add(node, "version.code.inconsistent", node.code().toString(), String.valueOf(actualParent));
    }
    if (node.code().depth() != node.kind().depth()) {
      add(node, "version.code.level", node.code().toString(), node.code().depth());
    }
  }

  private void checkParent(Criterion node, List<Criterion> children) {
    Points sum = Points.sum(children.stream().map(Criterion::maxPoints).toList());
    if (!sum.equals(node.maxPoints())) {
      add(node, "version.parent.sum", node.code().toString(), num(node.maxPoints()), num(sum));
    }
    if (node.rule() != null && node.rule().type() != null) {
      add(node, "version.parent.rule", node.code().toString());
    }
    for (Criterion child : children) {
      // a bonus and penalty part (Hà Nội's 9th content) holds both kinds under one parent
      boolean adjustments = child.method().isAdjustment() && node.method().isAdjustment();
      if (child.method() != node.method() && !adjustments) {
        add(child, "version.method.mixed", child.code().toString(), node.code().toString());
      }
    }
  }

  private void checkLeaf(Criterion node) {
    if (node.method().isAdjustment() && node.maxPoints().equals(Points.ZERO)) {
      add(node, "version.adjustment.max", node.code().toString());
    }
    if (!node.isSelfAssessed()) {
      return;
    }
    if (node.kind() == NodeKind.AREA) {
      add(node, "version.area.empty", node.code().toString());
      return;
    }
    if (node.rule() == null || node.rule().type() == null) {
      add(node, "version.rule.missing", node.code().toString());
      return;
    }
    try {
      node.scoringRule();
    } catch (RuntimeException refused) {
      add(node, "version.rule.invalid", node.code().toString());
      return;
    }
    checkTiers(node);
  }

  /**
   * Tiers from the highest ratio down, points never rising, within 0..max, down to a ratio of 0.
   */
  private void checkTiers(Criterion node) {
    List<ScoringTier> tiers = node.tiers();
    if (tiers.isEmpty()) {
      return;
    }
    BigDecimal max = node.maxPoints().toBigDecimal();
    for (int i = 0; i < tiers.size(); i++) {
      ScoringTier tier = tiers.get(i);
      if (tier.points().signum() < 0 || tier.points().compareTo(max) > 0) {
        add(node, "version.tier.points", node.code().toString(), num(tier.points()), num(max));
      }
      if (i > 0) {
        ScoringTier above = tiers.get(i - 1);
        if (tier.minRatio().compareTo(above.minRatio()) >= 0
            || tier.points().compareTo(above.points()) > 0) {
          add(node, "version.tier.order", node.code().toString());
        }
      }
    }
    if (tiers.get(tiers.size() - 1).minRatio().signum() != 0) {
      add(node, "version.tier.floor", node.code().toString());
    }
  }

  private void checkTotals(List<Criterion> nodes) {
    Points selfAssessed = Points.ZERO;
    Points survey = Points.ZERO;
    for (Criterion area : nodes) {
      if (area.kind() == NodeKind.AREA) {
        // bonus and penalty come on top of the maximum: they add to neither part
        if (area.isSelfAssessed()) {
          selfAssessed = selfAssessed.plus(area.maxPoints());
        } else if (area.method() == AssessmentMethod.SURVEY) {
          survey = survey.plus(area.maxPoints());
        }
      }
    }
    if (!selfAssessed.equals(version.selfAssessedMax())) {
      problems.add(
          new VersionProblem(
              null,
              "version.total.selfAssessed",
              num(selfAssessed),
              num(version.selfAssessedMax())));
    }
    if (!survey.equals(version.surveyMax())) {
      problems.add(
          new VersionProblem(null, "version.total.survey", num(survey), num(version.surveyMax())));
    }
    if (!version.selfAssessedMax().plus(version.surveyMax()).equals(version.totalMax())) {
      problems.add(
          new VersionProblem(
              null,
              "version.total.parts",
              num(version.selfAssessedMax()),
              num(version.surveyMax()),
              num(version.totalMax())));
    }
  }

  private void add(Criterion node, String key, Object... arguments) {
    problems.add(new VersionProblem(node.code().toString(), key, arguments));
  }

  private static BigDecimal num(Points points) {
    return points.toBigDecimal();
  }

  private static BigDecimal num(BigDecimal value) {
    return value;
  }
}
