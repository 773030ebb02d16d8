package vn.parindex.appraisal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where every criterion of every submitted unit of a campaign stands, read with campaign-wide
 * queries: what the round's notices and the council's approval act on, never one unit at a time.
 */
final class CampaignOutcomes {
  /** One criterion of a submitted unit, with its self score and every round's decision. */
  record Line(Submission submission, SubmittedScore score, AppraisalOutcome outcome) {}

  private CampaignOutcomes() {}

  static List<Line> of(AppraisalRecords records, Campaign campaign) {
    Map<String, List<AppraisedScore>> decisions = new HashMap<>();
    for (AppraisedScore s : records.appraised(campaign)) {
      decisions
          .computeIfAbsent(s.assessment().id() + "/" + s.criterion().id(), k -> new ArrayList<>())
          .add(s);
    }
    int rounds = campaign.rounds().size();
    List<Line> lines = new ArrayList<>();
    for (Submission submission : records.submitted(campaign)) {
      for (SubmittedScore score : submission.scores()) {
        String key = submission.assessment().id() + "/" + score.criterion().id();
        lines.add(
            new Line(
                submission,
                score,
                Outcomes.of(score.points(), decisions.getOrDefault(key, List.of()), rounds)));
      }
    }
    return lines;
  }
}
