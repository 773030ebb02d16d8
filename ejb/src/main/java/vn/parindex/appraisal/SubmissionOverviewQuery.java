package vn.parindex.appraisal;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.assessment.Assessment;
import vn.parindex.organisation.AssessedUnit;

/**
 * Reads a campaign's submissions per block with two queries whatever the number of units: the units
 * of the blocks taking part, and the campaign's assessments with their submissions.
 */
final class SubmissionOverviewQuery {
  private final EntityManager em;
  private final Campaign campaign;
  private final LocalDate today;

  SubmissionOverviewQuery(EntityManager em, Campaign campaign, LocalDate today) {
    this.em = em;
    this.campaign = campaign;
    this.today = today;
  }

  SubmissionOverview read() {
    Map<Long, Assessment> assessments = new HashMap<>();
    Map<Long, Submission> submissions = new HashMap<>();
    em.createQuery(
            "select a, s from Assessment a left join Submission s on s.assessment = a"
                + " where a.campaign = :campaign",
            Object[].class)
        .setParameter("campaign", campaign)
        .getResultStream()
        .forEach(
            r -> {
              Assessment a = (Assessment) r[0];
              assessments.put(a.unit().id(), a);
              if (r[1] != null) {
                submissions.put(a.unit().id(), (Submission) r[1]);
              }
            });
    Map<Long, List<AssessedUnit>> unitsByBlock = new HashMap<>();
    List<Long> blockIds = campaign.blocks().stream().map(b -> b.block().id()).toList();
    if (!blockIds.isEmpty()) {
      em.createQuery(
              "select u from AssessedUnit u where u.block.id in :blocks order by u.name, u.id",
              AssessedUnit.class)
          .setParameter("blocks", blockIds)
          .getResultStream()
          .forEach(
              u ->
                  unitsByBlock
                      .computeIfAbsent(u.block().orElseThrow().id(), k -> new ArrayList<>())
                      .add(u));
    }
    boolean pastDeadline = campaign.isLate(today);
    List<SubmissionOverview.BlockSubmissions> blocks = new ArrayList<>();
    for (CampaignBlock taking :
        campaign.blocks().stream()
            .sorted(Comparator.comparingInt(b -> b.block().order()))
            .toList()) {
      List<SubmissionOverview.UnitSubmission> units = new ArrayList<>();
      int submitted = 0;
      int late = 0;
      int notSubmitted = 0;
      for (AssessedUnit unit : unitsByBlock.getOrDefault(taking.block().id(), List.of())) {
        Assessment assessment = assessments.get(unit.id());
        Submission submission = submissions.get(unit.id());
        boolean with = submission != null && submission.status() == SubmissionStatus.SUBMITTED;
        String state;
        if (with) {
          state = "SUBMITTED";
          submitted++;
        } else if (pastDeadline) {
          state = "LATE";
          late++;
        } else {
          state = "NOT_SUBMITTED";
          notSubmitted++;
        }
        units.add(
            new SubmissionOverview.UnitSubmission(
                unit.id(),
                unit.name(),
                assessment == null ? null : assessment.id(),
                state,
                submission != null && submission.status() == SubmissionStatus.RETURNED,
                submission == null ? null : submission.submittedAt(),
                with ? submission.late() : pastDeadline));
      }
      blocks.add(
          new SubmissionOverview.BlockSubmissions(
              taking.block().id(), taking.block().name(), submitted, late, notSubmitted, units));
    }
    return new SubmissionOverview(campaign.id(), campaign.submissionDeadline(), today, blocks);
  }
}
