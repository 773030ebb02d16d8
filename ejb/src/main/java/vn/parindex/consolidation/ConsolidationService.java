package vn.parindex.consolidation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.parindex.access.Permission;
import vn.parindex.access.Roles;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.ChangeRecord;
import vn.parindex.assessment.ChangeWindow;
import vn.parindex.assessment.History;
import vn.parindex.assessment.SelfScoreStatus;
import vn.parindex.catalogue.AssessmentMethod;
import vn.parindex.catalogue.Criterion;
import vn.parindex.organisation.CallerAccount;
import vn.parindex.platform.AccessDeniedException;
import vn.parindex.platform.BusinessException;
import vn.parindex.platform.NotFoundException;
import vn.parindex.results.AnnouncedBlocks;
import vn.parindex.results.IndexTotal;
import vn.parindex.results.UnitFigures;
import vn.parindex.scoring.Points;

/**
 * The unit's consolidated scorecard for Phòng Nội vụ and the leaders, and the survey points the
 * consolidating office enters. A consolidator or leader who belongs to an office sees only the
 * assessments of that office's unit; a leader without an office (the model does not tie leaders to
 * a unit yet) and administrators see every unit.
 */
@Stateless
@RolesAllowed({Roles.CONSOLIDATOR, Roles.LEADER, Roles.ADMIN})
public class ConsolidationService {
  @Inject private EntityManager em;
  @EJB private CallerAccount caller;

  @Inject private Clock clock;

  public ConsolidationView consolidate(long assessmentId) {
    Assessment assessment = visibleAssessment(assessmentId);
    UnitScores unit = UnitScores.of(em, assessment);
    Consolidation result = unit.consolidate(assessment);
    Map<Long, List<UnitScores.Holding>> byCriterion =
        unit.holdings().stream()
            .collect(
                Collectors.groupingBy(
                    UnitScores.Holding::criterionId, LinkedHashMap::new, Collectors.toList()));
    Set<String> parents = new HashSet<>();
    unit.nodes().forEach(n -> n.node().code().parent().ifPresent(p -> parents.add(p.toString())));

    List<NodeRow> rows = new ArrayList<>();
    List<AreaRow> areas = new ArrayList<>();
    List<String> withoutEvidence = new ArrayList<>();
    Map<Long, UnitScores.Node> nodesById = new HashMap<>();
    for (UnitScores.Node n : unit.nodes()) {
      nodesById.put(n.node().id(), n);
      boolean leaf = !parents.contains(n.node().code().toString());
      NodeRow row = row(n, leaf, result, byCriterion.getOrDefault(n.node().id(), List.of()));
      rows.add(row);
      if (row.flags().contains(NodeFlag.NO_EVIDENCE)) {
        withoutEvidence.add(row.code());
      }
    }
    for (AreaResult area : result.areas()) {
      UnitScores.Node n = nodesById.get(area.nodeId());
      areas.add(
          new AreaRow(
              n.node().code().toString(),
              n.name(),
              n.node().isSurvey(),
              area.maxPoints().toBigDecimal(),
              area.scored().map(Points::toBigDecimal).orElse(null),
              area.percent()));
    }
    Completeness completeness =
        new Completeness(
            codes(result.unscored(), nodesById),
            withoutEvidence,
            codes(result.returned(), nodesById),
            codes(result.surveyMissing(), nodesById),
            overdueOffices(assessment, unit));
    IndexTotal index = UnitFigures.of(em, assessment, result.selfAssessedTotal().toBigDecimal());
    Totals totals =
        new Totals(
            result.selfAssessedMax().toBigDecimal(),
            result.selfAssessedTotal().toBigDecimal(),
            result.surveyMax().toBigDecimal(),
            result.surveyTotal().map(Points::toBigDecimal).orElse(null),
            result.totalMax().toBigDecimal(),
            result.grandTotal().toBigDecimal(),
            index.bonus(),
            index.penalty(),
            index.total());
    return new ConsolidationView(
        assessment.id(),
        assessment.unit().name(),
        assessment.year(),
        assessment.version().id(),
        assessment.version().name(),
        assessment.version().illustrative(),
        rows,
        areas,
        completeness,
        totals,
        result.band().orElse(null),
        result.provisional(),
        List.copyOf(result.reasons()));
  }

  /**
   * Enters the points the province gave the unit for a survey criterion (0 to its max), replacing
   * earlier ones; recorded in the assessment's history.
   */
  @RolesAllowed({Roles.CONSOLIDATOR, Roles.ADMIN})
  public void enterSurveyPoints(long assessmentId, String code, BigDecimal points) {
    Assessment assessment = surveyedAssessment(assessmentId);
    Criterion criterion = surveyCriterion(assessment, code);
    AnnouncedBlocks.requireNotAnnounced(em, assessment);
    if (points == null) {
      throw new BusinessException("survey.points.required").onField("points");
    }
    if (points.signum() < 0 || points.compareTo(criterion.maxPoints().toBigDecimal()) > 0) {
      throw new BusinessException("survey.points.range", code, criterion.maxPoints().toBigDecimal())
          .onField("points");
    }
    Points entered = Points.of(points);
    SurveyScore existing = surveyScore(assessment, criterion);
    String before = existing == null ? null : code + ": " + existing.points();
    if (existing == null) {
      em.persist(new SurveyScore(assessment, criterion, entered, callerName(), now()));
    } else {
      existing.enter(entered, callerName(), now());
    }
    record(assessment, before, code + ": " + entered);
  }

  /**
   * Removes the points of a survey criterion entered by mistake; the total is provisional again.
   */
  @RolesAllowed({Roles.CONSOLIDATOR, Roles.ADMIN})
  public void clearSurveyPoints(long assessmentId, String code) {
    Assessment assessment = surveyedAssessment(assessmentId);
    Criterion criterion = surveyCriterion(assessment, code);
    AnnouncedBlocks.requireNotAnnounced(em, assessment);
    SurveyScore existing = surveyScore(assessment, criterion);
    if (existing != null) {
      record(assessment, code + ": " + existing.points(), null);
      em.remove(existing);
    }
  }

  private NodeRow row(
      UnitScores.Node n, boolean leaf, Consolidation result, List<UnitScores.Holding> holdings) {
    IndexNode node = n.node();
    BigDecimal points = result.pointsOf(node.id()).map(Points::toBigDecimal).orElse(null);
    UnitScores.Holding lead =
        holdings.stream().filter(UnitScores.Holding::lead).findFirst().orElse(null);
    List<SupportingScore> supporting =
        holdings.stream()
            .filter(h -> !h.lead())
            .map(
                h ->
                    new SupportingScore(
                        h.officeCode(), h.officeName(), h.points(), h.statusOrNotStarted()))
            .toList();
    Set<NodeFlag> flags = EnumSet.noneOf(NodeFlag.class);
    long evidenceCount = lead == null ? 0 : lead.evidenceCount();
    if (leaf && node.isSurvey() && points == null) {
      flags.add(NodeFlag.SURVEY_MISSING);
    }
    boolean selfScored = leaf && node.method() == AssessmentMethod.SELF_ASSESSED;
    if (selfScored) {
      if (lead == null || lead.points() == null) {
        flags.add(NodeFlag.UNSCORED);
      } else {
        if (lead.points().signum() > 0 && evidenceCount == 0) {
          flags.add(NodeFlag.NO_EVIDENCE);
        }
        if (lead.status() == SelfScoreStatus.RETURNED) {
          flags.add(NodeFlag.RETURNED);
        }
        boolean differ =
            supporting.stream()
                .anyMatch(s -> s.points() != null && s.points().compareTo(lead.points()) != 0);
        if (differ) {
          flags.add(NodeFlag.SCORES_DIFFER);
        }
      }
    }
    return new NodeRow(
        node.code().toString(),
        n.name(),
        node.kind(),
        node.method(),
        leaf,
        node.maxPoints().toBigDecimal(),
        points,
        lead == null ? null : lead.officeCode(),
        lead == null ? null : lead.officeName(),
        supporting,
        selfScored
            ? (lead == null ? SelfScoreStatus.NOT_STARTED : lead.statusOrNotStarted())
            : null,
        evidenceCount,
        lead == null ? null : lead.explanation(),
        List.copyOf(flags));
  }

  /** Offices late like the review page says: not all handed in, deadline passed, no extension. */
  private List<Completeness.OverdueOffice> overdueOffices(Assessment assessment, UnitScores unit) {
    LocalDate today = LocalDate.now(clock);
    if (assessment.acceptsChangesOn(today)) {
      return List.of();
    }
    Map<Long, LocalDate> extensions = UnitScores.extensions(em, assessment);
    Map<Long, List<UnitScores.Holding>> byOffice =
        unit.holdings().stream()
            .collect(
                Collectors.groupingBy(
                    UnitScores.Holding::officeId, LinkedHashMap::new, Collectors.toList()));
    List<Completeness.OverdueOffice> late = new ArrayList<>();
    byOffice.forEach(
        (officeId, holdings) -> {
          boolean finished =
              holdings.stream().noneMatch(h -> h.statusOrNotStarted().editableByOffice());
          if (assessment.isOverdue(finished, extensions.get(officeId), today)) {
            UnitScores.Holding any = holdings.get(0);
            late.add(new Completeness.OverdueOffice(any.officeCode(), any.officeName()));
          }
        });
    late.sort(Comparator.comparing(Completeness.OverdueOffice::name));
    return late;
  }

  private static List<String> codes(List<Long> ids, Map<Long, UnitScores.Node> nodes) {
    return ids.stream().map(id -> nodes.get(id).node().code().toString()).toList();
  }

  private Criterion surveyCriterion(Assessment assessment, String code) {
    Criterion criterion =
        assessment.version().nodes().stream()
            .filter(n -> n.code().toString().equals(code))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("criterion.notFound", code));
    if (criterion.method() != AssessmentMethod.SURVEY || !assessment.version().isLeaf(criterion)) {
      throw new BusinessException("survey.notSurvey", code);
    }
    return criterion;
  }

  private SurveyScore surveyScore(Assessment assessment, Criterion criterion) {
    return em.createQuery(
            "select s from SurveyScore s where s.assessment = :assessment"
                + " and s.criterion = :criterion",
            SurveyScore.class)
        .setParameter("assessment", assessment)
        .setParameter("criterion", criterion)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private void record(Assessment assessment, String before, String after) {
    History.record(
        em, assessment, null, ChangeRecord.Kind.SURVEY, before, after, callerName(), now());
  }

  private Assessment visibleAssessment(long assessmentId) {
    // the unit and the version come with it: every consolidation reads both
    Assessment assessment =
        em.createQuery(
                "select a from Assessment a join fetch a.unit join fetch a.version"
                    + " where a.id = :id",
                Assessment.class)
            .setParameter("id", assessmentId)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (assessment == null || !mayConsolidate(assessment)) {
      throw new NotFoundException("assessment.notFound", assessmentId);
    }
    return assessment;
  }

  private boolean mayConsolidate(Assessment assessment) {
    return caller.policy().readsWholeUnit(assessment.unit());
  }

  /** The assessment, when the caller may also enter its survey points; 403 otherwise. */
  private Assessment surveyedAssessment(long assessmentId) {
    Assessment assessment = visibleAssessment(assessmentId);
    if (!caller.policy().may(Permission.REVIEW, assessment.unit())) {
      throw new AccessDeniedException("access.denied");
    }
    ChangeWindow.requireNotSubmitted(em, assessment);
    return assessment;
  }

  private String callerName() {
    return caller.get().username();
  }

  private Instant now() {
    return Instant.now(clock);
  }
}
