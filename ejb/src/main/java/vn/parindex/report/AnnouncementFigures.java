package vn.parindex.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.parindex.access.Roles;
import vn.parindex.appraisal.AppraisalResults;
import vn.parindex.appraisal.Campaign;
import vn.parindex.appraisal.CampaignBlock;
import vn.parindex.appraisal.UnitAppraisal;
import vn.parindex.assessment.Assessment;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.catalogue.NodeKind;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.scoring.Points;

/**
 * The figures of the announcement's annexes, block by block: each unit's final points per area of
 * its block's index version, the total, its share of the maximum, the rank within the block (ties
 * share a rank) and the band. Read from each unit's appraisal result.
 */
@Stateless
@RolesAllowed({Roles.PROVINCE, Roles.COUNCIL})
public class AnnouncementFigures {
  @Inject private EntityManager em;
  @EJB private AppraisalResults results;

  /**
   * The annexes and what the results say of the decision.
   *
   * @param decisionNumber the announcement's number once announced, or {@code null}
   * @param provisional whether some block's results are not approved yet
   */
  public record Figures(
      List<AnnouncementBlock> blocks,
      String decisionNumber,
      LocalDate decisionDate,
      boolean provisional) {}

  public Figures of(Campaign campaign) {
    List<AnnouncementBlock> blocks = new ArrayList<>();
    boolean provisional = false;
    List<CampaignBlock> ordered =
        campaign.blocks().stream()
            .sorted(Comparator.comparingInt((CampaignBlock b) -> b.block().order()))
            .toList();
    for (CampaignBlock block : ordered) {
      IndexVersion version = block.version();
      List<Criterion> areas =
          version.nodes().stream().filter(n -> n.kind() == NodeKind.AREA).toList();
      BigDecimal max = version.totalMax().toBigDecimal();
      List<Unit> units = new ArrayList<>();
      for (Assessment assessment : submitted(campaign, block)) {
        UnitAppraisal result = results.of(assessment.id());
        provisional |= !result.approved();
        Map<String, BigDecimal> byArea = new HashMap<>();
        result.areas().forEach(a -> byArea.put(a.code(), a.finalPoints()));
        List<BigDecimal> points = new ArrayList<>();
        for (Criterion area : areas) {
          points.add(byArea.getOrDefault(area.code().toString(), BigDecimal.ZERO));
        }
        units.add(new Unit(assessment.unit().name(), points, result.totals().finalPoints()));
      }
      units.sort(Comparator.comparing(Unit::total).reversed().thenComparing(Unit::name));
      List<AnnouncementRow> rows = new ArrayList<>();
      for (int i = 0; i < units.size(); i++) {
        Unit unit = units.get(i);
        // competition ranking: a tie shares the rank, and the next rank skips
        int rank =
            i > 0 && unit.total().compareTo(units.get(i - 1).total()) == 0
                ? rows.get(i - 1).rank()
                : i + 1;
        rows.add(
            new AnnouncementRow(
                unit.name(),
                unit.points(),
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                unit.total(),
                max.signum() == 0
                    ? BigDecimal.ZERO
                    : unit.total()
                        .multiply(BigDecimal.valueOf(100))
                        .divide(max, 2, RoundingMode.HALF_UP),
                rank,
                version.bandOf(Points.of(unit.total())).orElse(null)));
      }
      blocks.add(
          new AnnouncementBlock(
              block.block().name(),
              areas.stream()
                  .map(
                      a ->
                          new AnnouncementBlock.Area(
                              a.code().toString(), a.name(), a.maxPoints().toBigDecimal()))
                  .toList(),
              max,
              rows));
    }
    return new Figures(blocks, null, null, provisional);
  }

  /**
   * How a deputy signs for the chair of a People's Committee, as the kind of the campaign's
   * People's Committees says (the kinds headed "ỦY BAN NHÂN DÂN"); none when no unit has one.
   */
  public Optional<String> deputySignature(Campaign campaign) {
    return em.createQuery(
            "select a.unit from Assessment a where a.campaign = :campaign", AssessedUnit.class)
        .setParameter("campaign", campaign)
        .getResultStream()
        .map(AssessedUnit::kind)
        .flatMap(Optional::stream)
        .filter(k -> k.letterheadAbove().isPresent())
        .map(k -> k.deputySignature())
        .findFirst();
  }

  private List<Assessment> submitted(Campaign campaign, CampaignBlock block) {
    return em.createQuery(
            "select a from Assessment a where a.campaign = :campaign"
                + " and a.unit.block = :block and exists (select s from Submission s"
                + " where s.assessment = a and s.status = vn.parindex.appraisal.SubmissionStatus.SUBMITTED)",
            Assessment.class)
        .setParameter("campaign", campaign)
        .setParameter("block", block.block())
        .getResultList();
  }

  private record Unit(String name, List<BigDecimal> points, BigDecimal total) {}
}
