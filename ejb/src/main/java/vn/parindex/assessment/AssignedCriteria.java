package vn.parindex.assessment;

import java.util.List;
import vn.parindex.catalogue.Criterion;
import vn.parindex.scoring.RatioTiersRule;
import vn.parindex.scoring.ScoreInputs;
import vn.parindex.scoring.ScoringRule;
import vn.parindex.scoring.Tier;

/** Builds the {@link AssignedCriterion} view of an assignment and its self-score. */
final class AssignedCriteria {
  private AssignedCriteria() {}

  static AssignedCriterion view(
      Assignment assignment, SelfScore score, boolean shared, long evidenceCount) {
    Criterion criterion = assignment.criterion();
    Criterion area = areaOf(criterion);
    return new AssignedCriterion(
        assignment.assessment().id(),
        criterion.code().toString(),
        criterion.name(),
        area.code().toString(),
        area.name(),
        criterion.maxPoints(),
        criterion.scoringRule().orElseThrow(),
        criterion.rule(),
        criterion.scoringRule().map(AssignedCriteria::tiers).orElse(List.of()),
        score == null ? ScoreInputs.NONE : score.inputs(),
        score == null ? null : score.points(),
        score == null ? null : score.explanation(),
        score == null ? SelfScoreStatus.NOT_STARTED : score.status(),
        shared,
        assignment.isLead(),
        score == null ? null : score.updatedAt(),
        score == null ? null : score.updatedBy(),
        score == null ? null : score.reviewNote(),
        evidenceCount,
        score == null ? null : score.rowVersion(),
        criterion
            .effectiveDueDate()
            .map(due -> due.in(assignment.assessment().year()))
            .orElse(null));
  }

  private static List<Tier> tiers(ScoringRule rule) {
    return rule instanceof RatioTiersRule r ? r.tiers() : List.of();
  }

  /** The area a node belongs to: its root. */
  static Criterion areaOf(Criterion criterion) {
    Criterion node = criterion;
    while (node.parent().isPresent()) {
      node = node.parent().get();
    }
    return node;
  }
}
