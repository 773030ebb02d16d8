package vn.parindex.results;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import vn.parindex.assessment.Assessment;
import vn.parindex.catalogue.IndexVersion;

/**
 * One unit's index composed from its appraised points: what a single unit's scorecard shows beside
 * its appraisal, with the survey, bonus and penalty on their own lines. Blocks are composed by
 * {@link BlockFigures}, with the same {@link IndexTotal}.
 */
public final class UnitFigures {
  private UnitFigures() {}

  public static IndexTotal of(EntityManager em, Assessment assessment, BigDecimal appraised) {
    ResultRecords records = new ResultRecords(em);
    ResultRecords.Adjustments adjustments = records.adjustments(assessment);
    IndexVersion version = assessment.version();
    return new IndexTotal(
        appraised,
        records.survey(assessment),
        adjustments.bonus(),
        adjustments.penalty(),
        version.totalMax().toBigDecimal(),
        version.totalBounded());
  }
}
