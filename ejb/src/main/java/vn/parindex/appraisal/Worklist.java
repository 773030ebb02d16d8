package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.parindex.appraisal.AppraisalRecords.UnitCriterion;
import vn.parindex.assessment.Assessment;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.organisation.Block;
import vn.parindex.scoring.Points;

/**
 * Builds work lists over every submitted unit of a campaign at once: a handful of queries for the
 * whole campaign (submissions, self scores, decisions, answers, documents, matrix), never one per
 * unit, and each criterion's code and department worked out once per block, not once per unit.
 */
final class Worklist {
  private final AppraisalRecords records;
  private final Campaign campaign;
  private final ZoneId zone;

  /**
   * @param zone the assessment calendar's, in which a document signed on a day is judged against
   *     its criterion's due date
   */
  Worklist(AppraisalRecords records, Campaign campaign, ZoneId zone) {
    this.records = records;
    this.campaign = campaign;
    this.zone = zone;
  }

  /** The items, limited to one department's when given. */
  List<AppraisalItem> items(Optional<Long> department) {
    Map<Long, AppraiserMatrix> matrices = records.matrices(campaign);
    Map<String, List<Leaf>> leavesOf = new HashMap<>();
    List<Listed> listed = new ArrayList<>();
    for (Submission submission : records.submitted(campaign)) {
      Assessment assessment = submission.assessment();
      Block block = assessment.unit().block().orElse(null);
      if (block == null) {
        continue;
      }
      List<Leaf> leaves =
          leavesOf.computeIfAbsent(
              block.id() + "/" + assessment.version().id(),
              k ->
                  Leaf.of(
                          assessment.version(),
                          matrices.getOrDefault(block.id(), new AppraiserMatrix()))
                      .stream()
                      .filter(l -> department.isEmpty() || department.get() == l.owner())
                      .toList());
      listed.add(new Listed(assessment, block, leaves));
    }
    // Only the listed criteria's rows are read: an appraiser's department has a share of them.
    Set<Long> criteria = new HashSet<>();
    leavesOf.values().forEach(leaves -> leaves.forEach(l -> criteria.add(l.id())));
    if (criteria.isEmpty()) {
      return List.of();
    }
    Map<UnitCriterion, List<RoundDecision>> decisions = records.decisions(campaign, criteria);
    Map<Long, Map<Long, AppraisalRecords.SelfScore>> selfScores =
        records.selfScores(campaign, criteria);
    Map<UnitCriterion, List<Explanation>> answers = new HashMap<>();
    for (Explanation e : records.explanations(campaign)) {
      answers
          .computeIfAbsent(
              new UnitCriterion(e.assessment().id(), e.criterion().id()), k -> new ArrayList<>())
          .add(e);
    }
    Map<Long, Map<Long, List<DocumentRef>>> documents =
        records.documents(listed.stream().map(Listed::assessment).toList(), criteria, zone);
    int current = campaign.latestOpened().map(AppraisalRound::number).orElse(0);
    int rounds = campaign.rounds().size();
    List<AppraisalItem> items = new ArrayList<>();
    for (Listed unit : listed) {
      Assessment assessment = unit.assessment();
      Block block = unit.block();
      Map<Long, AppraisalRecords.SelfScore> scores =
          selfScores.getOrDefault(assessment.id(), Map.of());
      for (Leaf leaf : unit.leaves()) {
        AppraisalRecords.SelfScore submitted = scores.get(leaf.id());
        if (submitted == null) {
          continue;
        }
        Points self = submitted.points();
        UnitCriterion key = new UnitCriterion(assessment.id(), leaf.id());
        List<RoundDecision> decided = decisions.getOrDefault(key, List.of());
        AppraisalOutcome outcome =
            Outcomes.of(self, decided.stream().map(RoundDecision::decided).toList(), rounds);
        items.add(
            new AppraisalItem(
                assessment.id(),
                assessment.unit().name(),
                block.id(),
                block.name(),
                leaf.code(),
                leaf.name(),
                leaf.max(),
                self.toBigDecimal(),
                submitted.inputs(),
                submitted.explanation(),
                documents
                    .getOrDefault(assessment.id(), Map.of())
                    .getOrDefault(leaf.id(), List.of()),
                leaf.owner(),
                List.copyOf(decided),
                answers.getOrDefault(key, List.of()).stream()
                    .sorted(java.util.Comparator.comparingInt(e -> e.round().number()))
                    .map(ExplanationView::of)
                    .toList(),
                standing(outcome, current),
                current > 0 && decided.stream().anyMatch(d -> d.round() == current)));
      }
    }
    return items;
  }

  /** A submitted unit in its block, with the criteria of its version that the list shows. */
  private record Listed(Assessment assessment, Block block, List<Leaf> leaves) {}

  /**
   * An appraised criterion of a version as the block's matrix gives it (department id, -1 for
   * none): read once per block and version, not once per unit.
   */
  private record Leaf(long id, String code, String name, BigDecimal max, long owner) {
    static List<Leaf> of(IndexVersion version, AppraiserMatrix matrix) {
      return AppraisalRecords.appraisedCriteria(version).stream()
          .map(
              c ->
                  new Leaf(
                      c.id(),
                      c.code().toString(),
                      c.name(),
                      c.maxPoints().toBigDecimal(),
                      matrix.departmentOf(c.code()).orElse(-1L)))
          .toList();
    }
  }

  private static BigDecimal standing(AppraisalOutcome outcome, int current) {
    return outcome.after(Math.max(0, current - 1)).toBigDecimal();
  }
}
