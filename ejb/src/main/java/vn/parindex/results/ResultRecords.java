package vn.parindex.results;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.appraisal.AppraisalRound;
import vn.parindex.appraisal.Campaign;
import vn.parindex.appraisal.SubmissionStatus;
import vn.parindex.assessment.Assessment;
import vn.parindex.catalogue.AssessmentMethod;
import vn.parindex.organisation.Block;

/**
 * The results' queries, in one home. Each reads a whole block of a campaign at once, as plain
 * values: a national-scale block holds thousands of units, and one query per unit, or an entity per
 * score, would cost many times the figures themselves.
 */
final class ResultRecords {
  private final EntityManager em;

  ResultRecords(EntityManager em) {
    this.em = em;
  }

  /** A unit of the block that takes part in the campaign. */
  record UnitRow(long assessmentId, long unitId, String unitName, boolean submitted) {}

  /** Bonus and penalty sums of a unit. */
  record Adjustments(BigDecimal bonus, BigDecimal penalty) {
    static final Adjustments NONE = new Adjustments(BigDecimal.ZERO, BigDecimal.ZERO);
  }

  List<UnitRow> units(Campaign campaign, Block block) {
    List<UnitRow> units = new ArrayList<>();
    for (Object[] row :
        blockWide(
                "select a.id, u.id, u.name, s.status from Assessment a join a.unit u"
                    + " left join Submission s on s.assessment = a"
                    + " where a.campaign = :c and u.block = :b",
                campaign,
                block)
            .getResultList()) {
      units.add(
          new UnitRow(
              (Long) row[0], (Long) row[1], (String) row[2], row[3] == SubmissionStatus.SUBMITTED));
    }
    return units;
  }

  /**
   * Each submitted unit's final points per area (by assessment id, then the area's node id): every
   * self-assessed criterion at the decision of the latest of the given rounds that decided it, or
   * at the unit's own score where none did. Summed in the database per top-level node (a
   * criterion's area is its top ancestor; an index has three levels) in one pass: a campaign has at
   * most three rounds, each joined once, so no subquery runs per row.
   *
   * @param rounds the rounds that count, in order
   */
  Map<Long, Map<Long, BigDecimal>> finalPointsByArea(
      Campaign campaign, Block block, List<AppraisalRound> rounds) {
    StringBuilder joins = new StringBuilder();
    StringBuilder standing = new StringBuilder("coalesce(");
    for (int k = rounds.size(); k >= 1; k--) {
      joins
          .append(" left join AppraisedScore d")
          .append(k)
          .append(" on d")
          .append(k)
          .append(".assessment = s.assessment and d")
          .append(k)
          .append(".criterion = c and d")
          .append(k)
          .append(".round = :r")
          .append(k);
      standing.append('d').append(k).append(".points, ");
    }
    standing.append("x.points)");
    TypedQuery<Object[]> query =
        blockWide(
                "select s.assessment.id, coalesce(pp.id, p.id, c.id), sum("
                    + standing
                    + ") from Submission s join s.scores x join x.criterion c"
                    + " left join c.parent p left join p.parent pp"
                    + joins
                    + " where s.campaign = :c and s.status = :submitted"
                    + " and s.assessment.unit.block = :b"
                    + " group by s.assessment.id, coalesce(pp.id, p.id, c.id)",
                campaign,
                block)
            .setParameter("submitted", SubmissionStatus.SUBMITTED);
    for (int k = 1; k <= rounds.size(); k++) {
      query.setParameter("r" + k, rounds.get(k - 1));
    }
    Map<Long, Map<Long, BigDecimal>> result = new HashMap<>();
    for (Object[] row : query.getResultList()) {
      result
          .computeIfAbsent((Long) row[0], a -> new HashMap<>())
          .put((Long) row[1], (BigDecimal) row[2]);
    }
    return result;
  }

  /** The survey points of each unit, summed; none for a unit without any. */
  Map<Long, BigDecimal> survey(Campaign campaign, Block block) {
    Map<Long, BigDecimal> result = new HashMap<>();
    for (Object[] row :
        blockWide(
                "select s.assessment.id, sum(s.points) from SurveyScore s"
                    + " where s.assessment.campaign = :c and s.assessment.unit.block = :b"
                    + " and s.criterion.version = s.assessment.version group by s.assessment.id",
                campaign,
                block)
            .getResultList()) {
      result.put((Long) row[0], (BigDecimal) row[1]);
    }
    return result;
  }

  /** The bonus and penalty points of each unit, summed. */
  Map<Long, Adjustments> adjustments(Campaign campaign, Block block) {
    Map<Long, Adjustments> result = new HashMap<>();
    for (Object[] row :
        blockWide(
                "select j.assessment.id, c.method, sum(j.points) from Adjustment j"
                    + " join j.criterion c where j.assessment.campaign = :c"
                    + " and j.assessment.unit.block = :b group by j.assessment.id, c.method",
                campaign,
                block)
            .getResultList()) {
      Adjustments before = result.getOrDefault((Long) row[0], Adjustments.NONE);
      BigDecimal sum = (BigDecimal) row[2];
      result.put(
          (Long) row[0],
          row[1] == AssessmentMethod.PENALTY
              ? new Adjustments(before.bonus(), sum)
              : new Adjustments(sum, before.penalty()));
    }
    return result;
  }

  /** The survey points of one unit, summed; null without any. */
  BigDecimal survey(Assessment assessment) {
    return em.createQuery(
            "select sum(s.points) from SurveyScore s where s.assessment = :a"
                + " and s.criterion.version = s.assessment.version",
            BigDecimal.class)
        .setParameter("a", assessment)
        .getSingleResult();
  }

  /** The bonus and penalty points of one unit, summed. */
  Adjustments adjustments(Assessment assessment) {
    Adjustments result = Adjustments.NONE;
    for (Object[] row :
        em.createQuery(
                "select c.method, sum(j.points) from Adjustment j join j.criterion c"
                    + " where j.assessment = :a group by c.method",
                Object[].class)
            .setParameter("a", assessment)
            .getResultList()) {
      result =
          row[0] == AssessmentMethod.PENALTY
              ? new Adjustments(result.bonus(), (BigDecimal) row[1])
              : new Adjustments((BigDecimal) row[1], result.penalty());
    }
    return result;
  }

  /** The province's campaign of the year in which the block takes part, if any. */
  Optional<Campaign> campaignOf(Block block, int year) {
    return em.createQuery(
            "select c from Campaign c join c.blocks b where b.block = :b and c.year = :y",
            Campaign.class)
        .setParameter("b", block)
        .setParameter("y", year)
        .getResultStream()
        .findFirst();
  }

  Optional<BlockAnnouncement> announcement(Campaign campaign, Block block) {
    return em.createNamedQuery(BlockAnnouncement.OF_BLOCK, BlockAnnouncement.class)
        .setParameter("campaign", campaign)
        .setParameter("block", block)
        .getResultStream()
        .findFirst();
  }

  /**
   * A read over a whole block, made before anything changes: no flush first, which would check
   * every entity already read.
   */
  private TypedQuery<Object[]> blockWide(String jpql, Campaign campaign, Block block) {
    return em.createQuery(jpql, Object[].class)
        .setFlushMode(FlushModeType.COMMIT)
        .setParameter("c", campaign)
        .setParameter("b", block);
  }
}
