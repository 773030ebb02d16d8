package vn.parindex.consolidation;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.ChangeWindow;
import vn.parindex.assessment.SelfScoreStatus;
import vn.parindex.catalogue.AssessmentMethod;
import vn.parindex.catalogue.NodeKind;
import vn.parindex.scoring.CriterionCode;
import vn.parindex.scoring.Points;

/**
 * The rows a unit's consolidation is computed from, read with two queries whatever the size of the
 * index (the version's nodes with their survey points; every office's assignment with its score and
 * its number of documents), plus the latest extension of each office once the deadline has passed.
 * Shared by the consolidation and the scorecard so that both count exactly the same scores.
 */
public final class UnitScores {
  /** A node of the version, with what the scorecard prints of it. */
  public record Node(IndexNode node, String name) {}

  /** One office's assignment of a criterion and its saved score, if any. */
  public record Holding(
      long assignmentId,
      long criterionId,
      long officeId,
      String officeCode,
      String officeName,
      boolean lead,
      BigDecimal points,
      SelfScoreStatus status,
      String explanation,
      long evidenceCount) {

    public SelfScoreStatus statusOrNotStarted() {
      return status == null ? SelfScoreStatus.NOT_STARTED : status;
    }
  }

  private final List<Node> nodes;
  private final List<Holding> holdings;
  private final Map<Long, Points> surveyPoints;

  private UnitScores(List<Node> nodes, List<Holding> holdings, Map<Long, Points> surveyPoints) {
    this.nodes = nodes;
    this.holdings = holdings;
    this.surveyPoints = surveyPoints;
  }

  /** Reads the nodes, the holdings and the survey points of the assessment's current version. */
  public static UnitScores of(EntityManager em, Assessment assessment) {
    Map<Long, Points> survey = new HashMap<>();
    List<Node> nodes =
        em.createQuery(
                "select c.id, c.code, c.kind, c.name, c.maxPoints, c.method, v.points"
                    + " from Criterion c left join SurveyScore v"
                    + " on v.criterion = c and v.assessment = :assessment"
                    + " where c.version = :version order by c.position",
                Object[].class)
            .setParameter("assessment", assessment)
            .setParameter("version", assessment.version())
            .getResultStream()
            .map(
                r -> {
                  if (r[6] != null) {
                    survey.put((Long) r[0], Points.of((BigDecimal) r[6]));
                  }
                  return new Node(
                      new IndexNode(
                          (Long) r[0],
                          CriterionCode.of((String) r[1]),
                          (NodeKind) r[2],
                          Points.of((BigDecimal) r[4]),
                          (AssessmentMethod) r[5]),
                      (String) r[3]);
                })
            .toList();
    List<Holding> holdings =
        em.createQuery(
                "select a.id, a.criterion.id, o.id, o.code, o.name, a.lead,"
                    + " s.points, s.status, s.explanation,"
                    + " (select count(l) from EvidenceLink l where l.assignment = a)"
                    + " from Assignment a join a.office o left join SelfScore s on s.assignment = a"
                    + " where a.assessment = :assessment"
                    + " and a.criterion.version = a.assessment.version"
                    + " order by a.lead desc, o.name, a.id",
                Object[].class)
            .setParameter("assessment", assessment)
            .getResultStream()
            .map(
                r ->
                    new Holding(
                        (Long) r[0],
                        (Long) r[1],
                        (Long) r[2],
                        (String) r[3],
                        (String) r[4],
                        (Boolean) r[5],
                        (BigDecimal) r[6],
                        (SelfScoreStatus) r[7],
                        (String) r[8],
                        (Long) r[9]))
            .toList();
    return new UnitScores(nodes, holdings, survey);
  }

  /** The last day of the latest extension granted to each office, by office id. */
  static Map<Long, LocalDate> extensions(EntityManager em, Assessment assessment) {
    return ChangeWindow.latestExtensions(em, assessment);
  }

  /** Consolidates: lead scores win, survey points as entered, the version's bands. */
  public Consolidation consolidate(Assessment assessment) {
    List<OfficeScore> scores =
        holdings.stream()
            .filter(h -> h.points() != null)
            .map(
                h ->
                    new OfficeScore(
                        h.criterionId(),
                        h.officeId(),
                        h.lead(),
                        Points.of(h.points()),
                        h.status() == SelfScoreStatus.RETURNED))
            .toList();
    return Consolidation.of(
        nodes.stream().map(Node::node).toList(),
        scores,
        surveyPoints,
        assessment.version().banding());
  }

  public List<Node> nodes() {
    return nodes;
  }

  public List<Holding> holdings() {
    return holdings;
  }
}
