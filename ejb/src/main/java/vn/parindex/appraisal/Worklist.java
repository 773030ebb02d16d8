package vn.parindex.appraisal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.assessment.Assessment;
import vn.parindex.catalogue.Criterion;
import vn.parindex.organisation.Block;
import vn.parindex.scoring.Points;

/**
 * Builds work lists over every submitted unit of a campaign at once: a handful of queries for the
 * whole campaign (submissions, decisions, answers, documents, matrix), never one per unit.
 */
final class Worklist {
  private final AppraisalRecords records;
  private final Campaign campaign;

  Worklist(AppraisalRecords records, Campaign campaign) {
    this.records = records;
    this.campaign = campaign;
  }

  /** The items, limited to one department's when given. */
  List<AppraisalItem> items(Optional<Long> department) {
    List<Submission> submissions = records.submitted(campaign);
    Map<Long, AppraiserMatrix> matrices = records.matrices(campaign);
    Map<String, List<AppraisedScore>> decisions = new HashMap<>();
    for (AppraisedScore s : records.appraised(campaign)) {
      decisions.computeIfAbsent(key(s.assessment(), s.criterion()), k -> new ArrayList<>()).add(s);
    }
    Map<String, List<Explanation>> answers = new HashMap<>();
    for (Explanation e : records.explanations(campaign)) {
      answers.computeIfAbsent(key(e.assessment(), e.criterion()), k -> new ArrayList<>()).add(e);
    }
    Map<Long, Map<Long, List<DocumentRef>>> documents =
        records.documents(submissions.stream().map(Submission::assessment).toList());
    Map<Long, List<Criterion>> criteria = new HashMap<>();
    int current = campaign.latestOpened().map(AppraisalRound::number).orElse(0);
    int rounds = campaign.rounds().size();
    List<AppraisalItem> items = new ArrayList<>();
    for (Submission submission : submissions) {
      Assessment assessment = submission.assessment();
      Block block = assessment.unit().block().orElse(null);
      if (block == null) {
        continue;
      }
      AppraiserMatrix matrix = matrices.getOrDefault(block.id(), new AppraiserMatrix());
      List<Criterion> leaves =
          criteria.computeIfAbsent(
              assessment.version().id(),
              v -> AppraisalRecords.appraisedCriteria(assessment.version()));
      for (Criterion criterion : leaves) {
        long owner = matrix.departmentOf(criterion.code()).orElse(-1L);
        if (department.isPresent() && department.get() != owner) {
          continue;
        }
        Points self = submission.scoreOf(criterion.id()).map(SubmittedScore::points).orElse(null);
        if (self == null) {
          continue;
        }
        String key = key(assessment, criterion);
        List<AppraisedScore> decided = decisions.getOrDefault(key, List.of());
        AppraisalOutcome outcome = Outcomes.of(self, decided, rounds);
        SubmittedScore submitted = submission.scoreOf(criterion.id()).orElseThrow();
        items.add(
            new AppraisalItem(
                assessment.id(),
                assessment.unit().name(),
                block.id(),
                block.name(),
                criterion.code().toString(),
                criterion.name(),
                criterion.maxPoints().toBigDecimal(),
                self.toBigDecimal(),
                submitted.inputs(),
                submitted.explanation(),
                documents
                    .getOrDefault(assessment.id(), Map.of())
                    .getOrDefault(criterion.id(), List.of()),
                owner,
                decided.stream()
                    .sorted(java.util.Comparator.comparingInt(s -> s.round().number()))
                    .map(RoundDecision::of)
                    .toList(),
                answers.getOrDefault(key, List.of()).stream()
                    .sorted(java.util.Comparator.comparingInt(e -> e.round().number()))
                    .map(ExplanationView::of)
                    .toList(),
                standing(outcome, current),
                current > 0 && decided.stream().anyMatch(s -> s.round().number() == current)));
      }
    }
    return items;
  }

  private static BigDecimal standing(AppraisalOutcome outcome, int current) {
    return outcome.after(Math.max(0, current - 1)).toBigDecimal();
  }

  private static String key(Assessment assessment, Criterion criterion) {
    return assessment.id() + "/" + criterion.id();
  }
}
