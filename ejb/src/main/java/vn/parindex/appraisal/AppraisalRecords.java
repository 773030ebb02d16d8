package vn.parindex.appraisal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.jpa.HibernateHints;
import vn.parindex.assessment.Assessment;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.organisation.Block;
import vn.parindex.platform.NotFoundException;

/** The appraisal's queries, in one home: what the services read of the province's cycle. */
final class AppraisalRecords {
  private final EntityManager em;

  AppraisalRecords(EntityManager em) {
    this.em = em;
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

  AppraiserMatrix matrix(Campaign campaign, Block block) {
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

  /**
   * Every decision of the campaign, for work lists and outcomes over many units at once: read-only,
   * so that no copy of the thousands it holds is kept for dirty checking. None of the services that
   * read it changes a decision.
   */
  List<AppraisedScore> appraised(Campaign campaign) {
    return campaignWide(
            "select s from AppraisedScore s join fetch s.round where s.round.campaign = :c",
            AppraisedScore.class)
        .setParameter("c", campaign)
        .setHint(HibernateHints.HINT_READ_ONLY, true)
        .getResultList();
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

  Optional<BlockApproval> approvalInForce(Campaign campaign, Block block) {
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
   * The documents linked to the units' criteria, by assessment id and criterion id: read as plain
   * values, since a campaign's work list shows thousands and changes none of them.
   */
  Map<Long, Map<Long, List<DocumentRef>>> documents(Collection<Assessment> assessments) {
    Map<Long, Map<Long, List<DocumentRef>>> result = new HashMap<>();
    if (assessments.isEmpty()) {
      return result;
    }
    for (Object[] row :
        campaignWide(
                "select g.assessment.id, g.criterion.id, e.id, e.fileName, e.metadata.number,"
                    + " e.metadata.date, e.metadata.issuer, e.metadata.summary"
                    + " from EvidenceLink l join l.assignment g join l.evidence e"
                    + " where g.assessment in :a order by e.id",
                Object[].class)
            .setParameter("a", assessments)
            .getResultList()) {
      result
          .computeIfAbsent((Long) row[0], a -> new HashMap<>())
          .computeIfAbsent((Long) row[1], c -> new java.util.ArrayList<>())
          .add(
              new DocumentRef(
                  (Long) row[2],
                  (String) row[3],
                  (String) row[4],
                  (LocalDate) row[5],
                  (String) row[6],
                  (String) row[7]));
    }
    return result;
  }
}
