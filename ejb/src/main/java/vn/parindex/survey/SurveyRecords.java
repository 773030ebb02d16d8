package vn.parindex.survey;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.parindex.appraisal.Campaign;
import vn.parindex.assessment.Assessment;
import vn.parindex.consolidation.SurveyScore;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.organisation.Block;

/** The one home of the survey area's queries: a block's units, assessments, points and imports. */
final class SurveyRecords {
  private final EntityManager em;

  SurveyRecords(EntityManager em) {
    this.em = em;
  }

  List<AssessedUnit> units(Block block) {
    return em.createQuery(
            "select u from AssessedUnit u where u.block = :block order by u.name, u.id",
            AssessedUnit.class)
        .setParameter("block", block)
        .getResultList();
  }

  /** The block's assessments in the campaign, by unit id. */
  Map<Long, Assessment> assessments(Campaign campaign, Block block) {
    return em
        .createQuery(
            "select a from Assessment a join fetch a.unit"
                + " where a.campaign = :campaign and a.unit.block = :block",
            Assessment.class)
        .setParameter("campaign", campaign)
        .setParameter("block", block)
        .getResultList()
        .stream()
        // a fetch join may repeat an assessment; a unit has one per year, so one per campaign
        .collect(Collectors.toMap(a -> a.unit().id(), Function.identity(), (a, same) -> a));
  }

  /** The survey points entered for the block's assessments in the campaign. */
  List<SurveyScore> scores(Campaign campaign, Block block) {
    return em.createQuery(
            "select s from SurveyScore s where s.assessment.campaign = :campaign"
                + " and s.assessment.unit.block = :block",
            SurveyScore.class)
        .setParameter("campaign", campaign)
        .setParameter("block", block)
        .getResultList();
  }

  /** The block's imports in the campaign, newest first. */
  List<SurveyImport> imports(Campaign campaign, Block block) {
    return em.createQuery(
            "select i from SurveyImport i where i.campaign = :campaign and i.block = :block"
                + " order by i.importedAt desc, i.id desc",
            SurveyImport.class)
        .setParameter("campaign", campaign)
        .setParameter("block", block)
        .getResultList();
  }
}
