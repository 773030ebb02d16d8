package vn.parindex.appraisal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.RecordedInputs;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.evidence.CriterionLink;
import vn.parindex.evidence.DocumentSignature;
import vn.parindex.evidence.EvidenceSignatures;
import vn.parindex.evidence.SignatureView;
import vn.parindex.organisation.Block;
import vn.parindex.platform.NotFoundException;
import vn.parindex.scoring.Points;
import vn.parindex.scoring.ScoreInputs;

/** The appraisal's queries, in one home: what the services read of the province's cycle. */
public final class AppraisalRecords {
  private final EntityManager em;

  public AppraisalRecords(EntityManager em) {
    this.em = em;
  }

  EntityManager em() {
    return em;
  }

  Campaign campaign(long id) {
    Campaign campaign = em.find(Campaign.class, id);
    if (campaign == null) {
      throw new NotFoundException("appraisal.campaign.notFound", String.valueOf(id));
    }
    return campaign;
  }

  Optional<Submission> submission(Assessment assessment) {
    return em.createQuery("select s from Submission s where s.assessment = :a", Submission.class)
        .setParameter("a", assessment)
        .getResultStream()
        .findFirst();
  }

  /** The campaign's submissions with the province, with their units and blocks. */
  List<Submission> submitted(Campaign campaign) {
    return campaignWide(
            "select s from Submission s join fetch s.assessment"
                + " where s.campaign = :c and s.status = :submitted"
                + " order by s.assessment.unit.name",
            Submission.class)
        .setParameter("c", campaign)
        .setParameter("submitted", SubmissionStatus.SUBMITTED)
        .getResultList();
  }

  /** Every block's matrix of the campaign, by block id. */
  Map<Long, AppraiserMatrix> matrices(Campaign campaign) {
    Map<Long, AppraiserMatrix> byBlock = new HashMap<>();
    for (AppraiserAssignment cell :
        em.createQuery(
                "select x from AppraiserAssignment x where x.campaign = :c",
                AppraiserAssignment.class)
            .setParameter("c", campaign)
            .getResultList()) {
      byBlock
          .computeIfAbsent(cell.block().id(), b -> new AppraiserMatrix())
          .give(cell.node(), cell.department().id());
    }
    return byBlock;
  }

  public AppraiserMatrix matrix(Campaign campaign, Block block) {
    return matrices(campaign).getOrDefault(block.id(), new AppraiserMatrix());
  }

  List<AppraisedScore> appraised(Assessment assessment) {
    return em.createQuery(
            "select s from AppraisedScore s join fetch s.round where s.assessment = :a"
                + " order by s.round.number",
            AppraisedScore.class)
        .setParameter("a", assessment)
        .getResultList();
  }

  /** A criterion of a unit: the key of the campaign-wide reads below. */
  record UnitCriterion(long assessmentId, long criterionId) {}

  /** A self score as the unit submitted it, read as plain values. */
  record SelfScore(Points points, ScoreInputs inputs, String explanation) {}

  /**
   * Every decision of the campaign with its reason, author and time, by unit and criterion, in
   * round order, of the given criteria only: what work lists show. Read as plain values, not
   * entities, since a campaign holds thousands that none of these reads changes: building and
   * dirty-checking that many entities cost several times the query itself.
   */
  Map<UnitCriterion, List<RoundDecision>> decisions(Campaign campaign, Collection<Long> criteria) {
    Map<UnitCriterion, List<RoundDecision>> result = new HashMap<>();
    for (Object[] row :
        campaignWide(
                "select s.assessment.id, s.criterion.id, s.round.number, s.points, s.reason,"
                    + " s.appraisedBy, s.appraisedAt from AppraisedScore s"
                    + " where s.round.campaign = :c and s.criterion.id in :k"
                    + " order by s.round.number",
                Object[].class)
            .setParameter("c", campaign)
            .setParameter("k", criteria)
            .getResultList()) {
      result
          .computeIfAbsent(new UnitCriterion((Long) row[0], (Long) row[1]), k -> new ArrayList<>())
          .add(
              new RoundDecision(
                  (Integer) row[2],
                  (BigDecimal) row[3],
                  (String) row[4],
                  (String) row[5],
                  (Instant) row[6]));
    }
    return result;
  }

  /**
   * Only what outcomes need of the campaign's decisions (round and points), by unit and criterion:
   * the round's notices and the approval read no reason, author or time, and reading those of
   * thousands of decisions would double the read.
   */
  Map<UnitCriterion, List<Outcomes.Decided>> decidedPoints(Campaign campaign) {
    Map<UnitCriterion, List<Outcomes.Decided>> result = new HashMap<>();
    for (Object[] row :
        campaignWide(
                "select s.assessment.id, s.criterion.id, s.round.number, s.points"
                    + " from AppraisedScore s where s.round.campaign = :c",
                Object[].class)
            .setParameter("c", campaign)
            .getResultList()) {
      result
          .computeIfAbsent(new UnitCriterion((Long) row[0], (Long) row[1]), k -> new ArrayList<>())
          .add(new Outcomes.Decided((Integer) row[2], Points.of((BigDecimal) row[3])));
    }
    return result;
  }

  /**
   * The self scores of the given criteria of the campaign's submissions with the province, by
   * assessment id and criterion id, as plain values for the same reason as {@link
   * #decisions(Campaign)}: thousands, none of them changed.
   */
  Map<Long, Map<Long, SelfScore>> selfScores(Campaign campaign, Collection<Long> criteria) {
    Map<Long, Map<Long, SelfScore>> result = new HashMap<>();
    for (Object[] row :
        campaignWide(
                "select s.assessment.id, x.criterion.id, x.points, x.inputs, x.explanation"
                    + " from Submission s join s.scores x"
                    + " where s.campaign = :c and s.status = :submitted and x.criterion.id in :k",
                Object[].class)
            .setParameter("c", campaign)
            .setParameter("k", criteria)
            .setParameter("submitted", SubmissionStatus.SUBMITTED)
            .getResultList()) {
      RecordedInputs inputs = (RecordedInputs) row[3];
      result
          .computeIfAbsent((Long) row[0], a -> new HashMap<>())
          .put(
              (Long) row[1],
              new SelfScore(
                  Points.of((BigDecimal) row[2]),
                  inputs == null ? null : inputs.toInputs(),
                  (String) row[4]));
    }
    return result;
  }

  /**
   * Only the points of the campaign's submitted self scores, by assessment id and criterion id in
   * stored order: what outcomes need, without the inputs and explanations of thousands of scores.
   */
  Map<Long, Map<Long, Points>> selfPoints(Campaign campaign) {
    Map<Long, Map<Long, Points>> result = new HashMap<>();
    for (Object[] row :
        campaignWide(
                "select s.assessment.id, x.criterion.id, x.points from Submission s join s.scores x"
                    + " where s.campaign = :c and s.status = :submitted",
                Object[].class)
            .setParameter("c", campaign)
            .setParameter("submitted", SubmissionStatus.SUBMITTED)
            .getResultList()) {
      result
          .computeIfAbsent((Long) row[0], a -> new LinkedHashMap<>())
          .put((Long) row[1], Points.of((BigDecimal) row[2]));
    }
    return result;
  }

  Optional<AppraisedScore> appraised(
      Assessment assessment, Criterion criterion, AppraisalRound round) {
    return em.createQuery(
            "select s from AppraisedScore s where s.assessment = :a and s.criterion = :c"
                + " and s.round = :r",
            AppraisedScore.class)
        .setParameter("a", assessment)
        .setParameter("c", criterion)
        .setParameter("r", round)
        .getResultStream()
        .findFirst();
  }

  List<Explanation> explanations(Assessment assessment) {
    return em.createQuery(
            "select e from Explanation e join fetch e.round where e.assessment = :a"
                + " order by e.round.number",
            Explanation.class)
        .setParameter("a", assessment)
        .getResultList();
  }

  List<Explanation> explanations(Campaign campaign) {
    return campaignWide(
            "select e from Explanation e join fetch e.round where e.round.campaign = :c",
            Explanation.class)
        .setParameter("c", campaign)
        .getResultList();
  }

  Optional<Explanation> explanation(
      Assessment assessment, Criterion criterion, AppraisalRound round) {
    return em.createQuery(
            "select e from Explanation e where e.assessment = :a and e.criterion = :c"
                + " and e.round = :r",
            Explanation.class)
        .setParameter("a", assessment)
        .setParameter("c", criterion)
        .setParameter("r", round)
        .getResultStream()
        .findFirst();
  }

  /** The latest day the Sở Nội vụ gave the unit to explain the round, if any. */
  LocalDate extendedUntil(Assessment assessment, AppraisalRound round) {
    return em.createQuery(
            "select max(x.until) from ExplanationExtension x where x.assessment = :a"
                + " and x.round = :r",
            LocalDate.class)
        .setParameter("a", assessment)
        .setParameter("r", round)
        .getSingleResult();
  }

  public Optional<BlockApproval> approvalInForce(Campaign campaign, Block block) {
    return em.createQuery(
            "select b from BlockApproval b where b.campaign = :c and b.block = :b"
                + " and b.reopenedAt is null",
            BlockApproval.class)
        .setParameter("c", campaign)
        .setParameter("b", block)
        .getResultStream()
        .findFirst();
  }

  List<BlockApproval> approvals(Campaign campaign) {
    return em.createQuery(
            "select b from BlockApproval b where b.campaign = :c order by b.approvedAt",
            BlockApproval.class)
        .setParameter("c", campaign)
        .getResultList();
  }

  /**
   * A read over a whole campaign, made before its service changes anything: it does not flush
   * first, since a flush would check every one of the thousands of entities already read.
   */
  private <T> TypedQuery<T> campaignWide(String jpql, Class<T> type) {
    return em.createQuery(jpql, type).setFlushMode(FlushModeType.COMMIT);
  }

  /**
   * The self-assessed leaves of a version, in index order: what units score and appraisers decide.
   */
  static List<Criterion> appraisedCriteria(IndexVersion version) {
    return version.nodes().stream()
        .filter(c -> c.isSelfAssessed() && version.isLeaf(c))
        .sorted(java.util.Comparator.comparing(Criterion::code))
        .toList();
  }

  /**
   * The documents linked to the units' given criteria, by assessment id and criterion id: read as
   * plain values, since a campaign's work list shows thousands and changes none of them.
   */
  Map<Long, Map<Long, List<DocumentRef>>> documents(
      Collection<Assessment> assessments, Collection<Long> criteria, ZoneId zone) {
    Map<Long, Map<Long, List<DocumentRef>>> result = new HashMap<>();
    if (assessments.isEmpty()) {
      return result;
    }
    List<Object[]> rows =
        campaignWide(
                "select g.assessment.id, g.criterion.id, e.id, e.fileName, e.metadata.number,"
                    + " e.metadata.date, e.metadata.issuer, e.metadata.summary"
                    + " from EvidenceLink l join l.assignment g join l.evidence e"
                    + " where g.assessment in :a and g.criterion.id in :k order by e.id",
                Object[].class)
            .setParameter("a", assessments)
            .setParameter("k", criteria)
            .getResultList();
    Map<Long, List<DocumentSignature>> signatures =
        EvidenceSignatures.read(em, rows.stream().map(row -> (Long) row[2]).toList());
    Map<Long, Integer> years = new HashMap<>();
    assessments.forEach(a -> years.put(a.id(), a.year()));
    for (Object[] row : rows) {
      List<DocumentSignature> signed = signatures.getOrDefault((Long) row[2], List.of());
      // the criteria are the versions' nodes, already read: find() asks no query of them
      CriterionLink link =
          CriterionLink.of(
              em.find(Criterion.class, row[1]), years.get((Long) row[0]), signed, zone);
      result
          .computeIfAbsent((Long) row[0], a -> new HashMap<>())
          .computeIfAbsent((Long) row[1], c -> new ArrayList<>())
          .add(
              new DocumentRef(
                  (Long) row[2],
                  (String) row[3],
                  (String) row[4],
                  (LocalDate) row[5],
                  (String) row[6],
                  (String) row[7],
                  signed.stream().map(SignatureView::of).toList(),
                  link.dueDate(),
                  link.signedLate()));
    }
    return result;
  }
}
