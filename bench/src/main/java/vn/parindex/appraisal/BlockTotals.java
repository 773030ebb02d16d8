package vn.parindex.appraisal;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.assessment.Assessment;

/**
 * The benchmark's way into the appraisal's package-private code: a block's totals after a round,
 * read as the council's approval reads a block's results ({@link CampaignOutcomes} over the
 * campaign, the block's lines kept), then summed per unit as the unit's result sums them.
 */
public final class BlockTotals {
  /** One unit's totals: its own, after the round, and final. */
  public record UnitTotals(
      long assessmentId, String unit, BigDecimal self, BigDecimal afterRound, BigDecimal last) {
    UnitTotals add(CampaignOutcomes.Line line, int round) {
      return new UnitTotals(
          assessmentId,
          unit,
          self.add(line.outcome().self().toBigDecimal()),
          afterRound.add(line.outcome().after(round).toBigDecimal()),
          last.add(line.outcome().finalPoints().toBigDecimal()));
    }
  }

  private BlockTotals() {}

  public static List<UnitTotals> of(EntityManager em, long campaignId, long blockId, int round) {
    AppraisalRecords records = new AppraisalRecords(em);
    Campaign campaign = records.campaign(campaignId);
    Map<Long, UnitTotals> units = new LinkedHashMap<>();
    for (CampaignOutcomes.Line line : CampaignOutcomes.of(records, campaign)) {
      Assessment assessment = line.submission().assessment();
      if (assessment.unit().block().map(b -> b.id() == blockId).orElse(false)) {
        UnitTotals sum =
            units.getOrDefault(
                assessment.id(),
                new UnitTotals(
                    assessment.id(),
                    assessment.unit().name(),
                    BigDecimal.ZERO,
                    BigDecimal.ZERO,
                    BigDecimal.ZERO));
        units.put(assessment.id(), sum.add(line, round));
      }
    }
    return new ArrayList<>(units.values());
  }
}
