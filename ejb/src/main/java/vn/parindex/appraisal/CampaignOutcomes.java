package vn.parindex.appraisal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.parindex.appraisal.AppraisalRecords.UnitCriterion;
import vn.parindex.scoring.Points;

/**
 * Where every criterion of every submitted unit of a campaign stands, read with campaign-wide
 * queries: what the round's notices and the council's approval act on, never one unit at a time.
 */
final class CampaignOutcomes {
  /**
   * One criterion of a submitted unit, with every round's decision (the outcome's self score is the
   * unit's own).
   */
  record Line(Submission submission, long criterionId, AppraisalOutcome outcome) {}

  private CampaignOutcomes() {}

  static List<Line> of(AppraisalRecords records, Campaign campaign) {
    Map<UnitCriterion, List<Outcomes.Decided>> decisions = records.decidedPoints(campaign);
    Map<Long, Map<Long, Points>> selfPoints = records.selfPoints(campaign);
    int rounds = campaign.rounds().size();
    List<Line> lines = new ArrayList<>();
    for (Submission submission : records.submitted(campaign)) {
      long assessment = submission.assessment().id();
      selfPoints
          .getOrDefault(assessment, Map.of())
          .forEach(
              (criterion, self) ->
                  lines.add(
                      new Line(
                          submission,
                          criterion,
                          Outcomes.of(
                              self,
                              decisions.getOrDefault(
                                  new UnitCriterion(assessment, criterion), List.of()),
                              rounds))));
    }
    return lines;
  }
}
