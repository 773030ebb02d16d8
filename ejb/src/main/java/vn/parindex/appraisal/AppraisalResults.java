package vn.parindex.appraisal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.AssessmentAccess;
import vn.parindex.catalogue.Criterion;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.results.IndexTotal;
import vn.parindex.results.UnitFigures;
import vn.parindex.scoring.CriterionCode;
import vn.parindex.scoring.Points;

/**
 * A unit's appraisal result as the unit, the Sở Nội vụ and the council read it: the same figures
 * the appraisal scorecard prints. Another unit's result is not known to a unit's users (404).
 */
@Stateless
@RolesAllowed({Roles.CONSOLIDATOR, Roles.LEADER, Roles.ADMIN, Roles.PROVINCE, Roles.COUNCIL})
public class AppraisalResults {
  @Inject private EntityManager em;
  @EJB private CallerAccount caller;
  @Inject private Clock clock;

  public UnitAppraisal of(long assessmentId) {
    Assessment assessment =
        new AssessmentAccess(em, caller.get()).permitted(assessmentId, Permission.READ_UNIT);
    return build(new AppraisalRecords(em), assessment);
  }

  /**
   * The round whose changes the unit may answer today, within its window or its extension, or 0
   * when it may answer none: what the portal offers the "explain" action for.
   */
  public int answerableRound(long assessmentId) {
    Assessment assessment =
        new AssessmentAccess(em, caller.get()).permitted(assessmentId, Permission.READ_UNIT);
    return ExplanationWindow.openRound(em, assessment, LocalDate.now(clock))
        .map(AppraisalRound::number)
        .orElse(0);
  }

  /** The criteria the round changed against the unit's own scores: what its notice lists. */
  public List<AppraisalLine> changedIn(long assessmentId, int round) {
    UnitAppraisal result = of(assessmentId);
    if (round < 1 || round > result.totals().rounds().size()) {
      throw new AppraisalRefusal("round", "appraisal.round.unknown", round);
    }
    return result.lines().stream()
        .filter(l -> l.rounds().get(round - 1).compareTo(l.self()) != 0)
        .toList();
  }

  static UnitAppraisal build(AppraisalRecords records, Assessment assessment) {
    Campaign campaign =
        assessment
            .campaign()
            .orElseThrow(() -> new AppraisalRefusal("assessment", "appraisal.notInCampaign"));
    Submission submission =
        records
            .submission(assessment)
            .orElseThrow(() -> new AppraisalRefusal("assessment", "appraisal.notSubmitted"));
    int rounds = campaign.rounds().size();
    Map<Long, List<RoundDecision>> decisions = new LinkedHashMap<>();
    records
        .appraised(assessment)
        .forEach(
            s ->
                decisions
                    .computeIfAbsent(s.criterion().id(), k -> new ArrayList<>())
                    .add(RoundDecision.of(s)));
    Map<Long, List<ExplanationView>> answers = new LinkedHashMap<>();
    records
        .explanations(assessment)
        .forEach(
            e ->
                answers
                    .computeIfAbsent(e.criterion().id(), k -> new ArrayList<>())
                    .add(ExplanationView.of(e)));
    List<AppraisalLine> lines = new ArrayList<>();
    Sums total = new Sums(rounds);
    Map<CriterionCode, Sums> areas = new LinkedHashMap<>();
    for (Criterion criterion : AppraisalRecords.appraisedCriteria(assessment.version())) {
      Points self = submission.scoreOf(criterion.id()).map(SubmittedScore::points).orElse(null);
      if (self == null) {
        continue;
      }
      List<RoundDecision> decided = decisions.getOrDefault(criterion.id(), List.of());
      AppraisalOutcome outcome =
          Outcomes.of(self, decided.stream().map(RoundDecision::decided).toList(), rounds);
      List<BigDecimal> after = new ArrayList<>();
      for (int r = 1; r <= rounds; r++) {
        after.add(outcome.after(r).toBigDecimal());
      }
      AppraisalLine line =
          new AppraisalLine(
              criterion.code().toString(),
              criterion.name(),
              criterion.maxPoints().toBigDecimal(),
              self.toBigDecimal(),
              after,
              outcome.finalPoints().toBigDecimal(),
              outcome.difference(),
              decided.stream()
                  .max(Comparator.comparingInt(RoundDecision::round))
                  .map(RoundDecision::reason)
                  .orElse(null),
              answers.getOrDefault(criterion.id(), List.of()));
      lines.add(line);
      total.add(line);
      areas.computeIfAbsent(area(criterion.code()), a -> new Sums(rounds)).add(line);
    }
    List<UnitAppraisal.AreaTotal> areaTotals = new ArrayList<>();
    areas.forEach(
        (code, sums) ->
            areaTotals.add(
                new UnitAppraisal.AreaTotal(
                    code.toString(),
                    assessment.version().node(code).map(Criterion::name).orElse(code.toString()),
                    sums.max,
                    sums.self,
                    sums.finalPoints)));
    AppraisalRound current = campaign.latestOpened().orElse(null);
    return new UnitAppraisal(
        assessment.id(),
        assessment.unit().name(),
        campaign.id(),
        campaign.year(),
        current == null ? 0 : current.number(),
        (int) campaign.rounds().stream().filter(r -> r.status() == RoundStatus.CLOSED).count(),
        current == null ? null : current.explanationUntil(),
        assessment.unit().block().flatMap(b -> records.approvalInForce(campaign, b)).isPresent(),
        lines,
        areaTotals,
        totals(records, assessment, total));
  }

  private static UnitAppraisal.Totals totals(
      AppraisalRecords records, Assessment assessment, Sums total) {
    IndexTotal index = UnitFigures.of(records.em(), assessment, total.finalPoints);
    return new UnitAppraisal.Totals(
        total.max,
        total.self,
        total.rounds,
        total.finalPoints,
        index.survey(),
        index.bonus(),
        index.penalty(),
        index.total(),
        index.max());
  }

  private static CriterionCode area(CriterionCode code) {
    CriterionCode top = code;
    while (top.parent().isPresent()) {
      top = top.parent().get();
    }
    return top;
  }

  /** Running sums of lines. */
  private static final class Sums {
    private BigDecimal max = BigDecimal.ZERO;
    private BigDecimal self = BigDecimal.ZERO;
    private BigDecimal finalPoints = BigDecimal.ZERO;
    private final List<BigDecimal> rounds = new ArrayList<>();

    Sums(int count) {
      for (int i = 0; i < count; i++) {
        rounds.add(BigDecimal.ZERO);
      }
    }

    void add(AppraisalLine line) {
      max = max.add(line.max());
      self = self.add(line.self());
      finalPoints = finalPoints.add(line.finalPoints());
      for (int i = 0; i < rounds.size(); i++) {
        rounds.set(i, rounds.get(i).add(line.rounds().get(i)));
      }
    }
  }
}
