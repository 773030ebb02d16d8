package vn.parindex.report;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import vn.parindex.appraisal.AppraisalOutcome;
import vn.parindex.appraisal.AppraisalRound;
import vn.parindex.appraisal.AppraisedScore;
import vn.parindex.appraisal.Campaign;
import vn.parindex.appraisal.Explanation;
import vn.parindex.appraisal.RoundStatus;
import vn.parindex.appraisal.Submission;
import vn.parindex.appraisal.SubmissionStatus;
import vn.parindex.appraisal.SubmittedScore;
import vn.parindex.assessment.Assessment;
import vn.parindex.catalogue.AssessmentMethod;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.catalogue.NodeKind;
import vn.parindex.results.IndexTotal;
import vn.parindex.results.UnitFigures;
import vn.parindex.scoring.Points;

/**
 * Reads one unit's appraisal as it stands (the submitted self scores, every round's appraised
 * scores and the unit's explanations) and turns it into the records the reports print. Reads only:
 * the appraisal services write these rows.
 */
class AppraisalDocumentAssembler {
  private final EntityManager em;
  private final AppraisalWording wording;

  AppraisalDocumentAssembler(EntityManager em, AppraisalWording wording) {
    this.em = em;
    this.wording = wording;
  }

  /** One unit's appraisal: its submission and what the rounds made of it. */
  record Appraisal(
      Assessment assessment,
      Submission submission,
      List<AppraisalRound> rounds,
      Map<Long, Map<Integer, AppraisedScore>> scores,
      Map<Long, Explanation> latestExplanations) {

    AppraisalOutcome outcome(SubmittedScore self) {
      Map<Integer, AppraisedScore> byRound = scores.getOrDefault(self.criterion().id(), Map.of());
      List<Optional<Points>> decided = new ArrayList<>();
      for (AppraisalRound round : rounds) {
        decided.add(Optional.ofNullable(byRound.get(round.number())).map(AppraisedScore::points));
      }
      return new AppraisalOutcome(self.points(), decided);
    }

    /** The reason of the latest round that decided the criterion, if it gave one. */
    String reason(long criterionId) {
      return scores.getOrDefault(criterionId, Map.of()).entrySet().stream()
          .max(Map.Entry.comparingByKey())
          .map(e -> e.getValue().reason())
          .orElse(null);
    }

    boolean roundStarted(int number) {
      return rounds.stream()
          .anyMatch(r -> r.number() == number && r.status() != RoundStatus.PLANNED);
    }
  }

  /** The unit's appraisal, or empty when it has no submission with the province. */
  Optional<Appraisal> read(Assessment assessment) {
    Optional<Submission> submission =
        em.createQuery(
                "select s from Submission s where s.assessment = :assessment", Submission.class)
            .setParameter("assessment", assessment)
            .getResultStream()
            .filter(s -> s.status() == SubmissionStatus.SUBMITTED)
            .findFirst();
    if (submission.isEmpty()) {
      return Optional.empty();
    }
    Campaign campaign = submission.get().campaign();
    List<AppraisalRound> rounds =
        campaign.rounds().stream().sorted(Comparator.comparingInt(AppraisalRound::number)).toList();
    Map<Long, Map<Integer, AppraisedScore>> scores = new HashMap<>();
    for (AppraisedScore score :
        em.createQuery(
                "select s from AppraisedScore s join fetch s.round where s.assessment = :a",
                AppraisedScore.class)
            .setParameter("a", assessment)
            .getResultList()) {
      scores
          .computeIfAbsent(score.criterion().id(), k -> new HashMap<>())
          .put(score.round().number(), score);
    }
    Map<Long, Explanation> explanations = new HashMap<>();
    for (Explanation explanation :
        em.createQuery(
                "select e from Explanation e join fetch e.round where e.assessment = :a"
                    + " order by e.round.number",
                Explanation.class)
            .setParameter("a", assessment)
            .getResultList()) {
      explanations.put(explanation.criterion().id(), explanation);
    }
    return Optional.of(new Appraisal(assessment, submission.get(), rounds, scores, explanations));
  }

  /** The summary of the unit's appraisal, every submitted criterion under its area. */
  AppraisalSummary summary(Appraisal appraisal, LocalDate today) {
    Assessment assessment = appraisal.assessment();
    Campaign campaign = appraisal.submission().campaign();
    return new AppraisalSummary(
        wording.provinceCommittee(campaign.province()),
        wording.council(),
        wording.format("appraisalDocument.summary.title", assessment.year()),
        wording.format("appraisalDocument.summary.subtitle", assessment.unit().name()),
        null,
        today,
        areas(appraisal),
        wording.supportTeam(),
        wording.chair(),
        campaign.province().illustrative() ? wording.text("appraisalDocument.illustrative") : null,
        appraisal.rounds().size(),
        null,
        null);
  }

  /**
   * The unit's own result sheet: the same figures as the summary, headed and signed as the unit's
   * kind heads and signs its documents.
   */
  AppraisalSummary resultSheet(Appraisal appraisal, LocalDate today) {
    Assessment assessment = appraisal.assessment();
    Campaign campaign = appraisal.submission().campaign();
    var unit = assessment.unit();
    List<AppraisalArea> appraised = areas(appraisal);
    BigDecimal points =
        appraised.stream().map(AppraisalArea::finalPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    IndexTotal index = UnitFigures.of(em, assessment, points);
    BigDecimal sum =
        index.appraised().add(index.survey()).add(index.bonus()).subtract(index.penalty());
    boolean bounded = sum.compareTo(index.total()) != 0;
    return new AppraisalSummary(
        wording.upper(unit.letterheadAbove()),
        wording.upper(unit.name()),
        wording.format("resultSheet.title", assessment.year()),
        null,
        unit.placeName(),
        today,
        withIndexParts(assessment, appraised, index),
        new Signer(wording.text("resultSheet.preparer"), null),
        new Signer(
            unit.headSignature().orElse(wording.text("appraisalDocument.worksheet.signer")), null),
        campaign.province().illustrative() ? wording.text("appraisalDocument.illustrative") : null,
        appraisal.rounds().size(),
        bounded ? index.total() : null,
        bounded ? totalNote(sum, index) : null);
  }

  /**
   * "Tổng cộng 103,5 điểm, tính tối đa 100 điểm": the sum of the lines and the index the version
   * bounds it to, so that a reader sees why the total row is not the sum of the column.
   */
  private String totalNote(BigDecimal sum, IndexTotal index) {
    return sum.signum() < 0
        ? wording.format("resultSheet.total.floored", sum.stripTrailingZeros())
        : wording.format(
            "resultSheet.total.capped", sum.stripTrailingZeros(), index.max().stripTrailingZeros());
  }

  /**
   * The appraised areas, then the survey's points and, where the index has them, the bonus and the
   * penalty (subtracted), each on its own line, so that the totals are the unit's index.
   */
  private List<AppraisalArea> withIndexParts(
      Assessment assessment, List<AppraisalArea> appraised, IndexTotal index) {
    List<AppraisalArea> areas = new ArrayList<>(appraised);
    IndexVersion version = assessment.version();
    if (version.surveyMax().toBigDecimal().signum() > 0) {
      areas.add(part("resultSheet.survey", version.surveyMax().toBigDecimal(), index.survey()));
    }
    if (has(version, AssessmentMethod.BONUS)) {
      areas.add(part("resultSheet.bonus", null, index.bonus()));
    }
    if (has(version, AssessmentMethod.PENALTY)) {
      areas.add(part("resultSheet.penalty", null, index.penalty().negate()));
    }
    return areas;
  }

  /**
   * A part of the index that is not self-assessed, on one line. A line with a maximum needs the
   * unit's own column: it repeats the points, so that the line shows no difference.
   */
  private AppraisalArea part(String key, BigDecimal max, BigDecimal points) {
    String name = wording.text(key);
    String code = wording.text(key + ".code");
    return new AppraisalArea(
        code,
        name,
        List.of(
            new AppraisalLine(
                code,
                name,
                RowLevel.CRITERION,
                max,
                max == null ? null : points,
                null,
                points,
                null,
                null)));
  }

  private static boolean has(IndexVersion version, AssessmentMethod method) {
    return version.nodes().stream().anyMatch(n -> n.method() == method);
  }

  private List<AppraisalArea> areas(Appraisal appraisal) {
    Assessment assessment = appraisal.assessment();
    List<AppraisalArea> areas = new ArrayList<>();
    for (Criterion area : areasOf(assessment)) {
      List<AppraisalLine> lines = new ArrayList<>();
      Criterion openParent = null;
      for (SubmittedScore self : scoresIn(appraisal, area)) {
        Criterion node = self.criterion();
        Criterion parent = node.kind() == NodeKind.COMPONENT ? node.parent().orElse(null) : null;
        if (parent != null && !parent.equals(openParent)) {
          lines.add(AppraisalLine.heading(parent.code().toString(), parent.name()));
        }
        openParent = parent;
        lines.add(line(appraisal, self));
      }
      if (!lines.isEmpty()) {
        areas.add(new AppraisalArea(area.code().toString(), area.name(), lines));
      }
    }
    return areas;
  }

  private AppraisalLine line(Appraisal appraisal, SubmittedScore self) {
    Criterion node = self.criterion();
    AppraisalOutcome outcome = appraisal.outcome(self);
    int rounds = appraisal.rounds().size();
    Explanation explanation = appraisal.latestExplanations().get(node.id());
    String answer = null;
    if (explanation != null) {
      answer =
          explanation.accepted()
              ? wording.text("appraisalDocument.explanation.accepted")
              : explanation.body();
    }
    return new AppraisalLine(
        node.code().toString(),
        node.name(),
        node.kind() == NodeKind.COMPONENT ? RowLevel.COMPONENT : RowLevel.CRITERION,
        node.maxPoints().toBigDecimal(),
        self.points().toBigDecimal(),
        rounds > 1 && appraisal.roundStarted(1) ? outcome.after(1).toBigDecimal() : null,
        rounds > 2 && appraisal.roundStarted(2) ? outcome.after(2).toBigDecimal() : null,
        outcome.finalPoints().toBigDecimal(),
        outcome.changed() ? appraisal.reason(node.id()) : null,
        answer);
  }

  /** The notice of round {@code number}: the criteria that round scored unlike the unit. */
  AppraisalNotice notice(Appraisal appraisal, AppraisalRound round, LocalDate today) {
    Assessment assessment = appraisal.assessment();
    Campaign campaign = appraisal.submission().campaign();
    List<AppraisalNotice.Change> changes = new ArrayList<>();
    for (SubmittedScore self : sortedScores(appraisal, s -> true)) {
      AppraisedScore decided =
          appraisal.scores().getOrDefault(self.criterion().id(), Map.of()).get(round.number());
      if (decided != null && !decided.points().equals(self.points())) {
        Criterion node = self.criterion();
        changes.add(
            new AppraisalNotice.Change(
                node.code().toString(),
                node.name(),
                node.maxPoints().toBigDecimal(),
                self.points().toBigDecimal(),
                decided.points().toBigDecimal(),
                decided.reason()));
      }
    }
    return new AppraisalNotice(
        wording.provinceCommittee(campaign.province()),
        wording.provinceOffice(),
        wording.text("appraisalDocument.notice.number"),
        null,
        today,
        wording.format("appraisalDocument.notice.subject", assessment.year(), round.number()),
        assessment.unit().name(),
        List.of(),
        wording.format("appraisalDocument.notice.appraiser", campaign.province().name()),
        assessment.year(),
        round.number(),
        changes,
        round.explanationUntil(),
        List.of(wording.text("appraisalDocument.notice.copy.council")),
        wording.provinceOfficeSigner());
  }

  /** The unit's lines for a worksheet: the criteria {@code appraises} keeps, in one round. */
  AppraiserWorksheet.Unit worksheetUnit(
      Appraisal appraisal, Predicate<Criterion> appraises, Optional<AppraisalRound> round) {
    List<AppraiserWorksheet.Line> lines = new ArrayList<>();
    for (SubmittedScore self : sortedScores(appraisal, s -> appraises.test(s.criterion()))) {
      Criterion node = self.criterion();
      AppraisedScore decided =
          round
              .map(r -> appraisal.scores().getOrDefault(node.id(), Map.of()).get(r.number()))
              .orElse(null);
      lines.add(
          new AppraiserWorksheet.Line(
              node.code().toString(),
              node.name(),
              node.kind() == NodeKind.COMPONENT,
              node.maxPoints().toBigDecimal(),
              self.points().toBigDecimal(),
              decided == null ? null : decided.points().toBigDecimal(),
              decided == null ? null : decided.reason()));
    }
    return new AppraiserWorksheet.Unit(appraisal.assessment().unit().name(), lines);
  }

  private List<Criterion> areasOf(Assessment assessment) {
    return assessment.version().nodes().stream().filter(n -> n.kind() == NodeKind.AREA).toList();
  }

  private List<SubmittedScore> scoresIn(Appraisal appraisal, Criterion area) {
    return sortedScores(appraisal, s -> areaOf(s.criterion()).equals(area));
  }

  private static List<SubmittedScore> sortedScores(
      Appraisal appraisal, Predicate<SubmittedScore> keep) {
    return appraisal.submission().scores().stream()
        .filter(keep)
        .sorted(Comparator.comparingInt(s -> s.criterion().position()))
        .toList();
  }

  private static Criterion areaOf(Criterion node) {
    Criterion area = node;
    while (area.parent().isPresent()) {
      area = area.parent().get();
    }
    return area;
  }
}
