package vn.parindex.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.parindex.access.Roles;
import vn.parindex.appraisal.Campaign;
import vn.parindex.organisation.AssessedUnit;
import vn.parindex.results.BlockResult;
import vn.parindex.results.BlockResults;
import vn.parindex.results.UnitResult;

/**
 * The figures of the announcement's annexes, block by block, as the results per block give them
 * ({@link BlockResults}): each unit's final points per area, survey, bonus, penalty, total, share
 * of the maximum, rank and band; the stored lines once a block is announced.
 */
@Stateless
@RolesAllowed({Roles.PROVINCE, Roles.COUNCIL})
public class AnnouncementFigures {
  @Inject private EntityManager em;
  @EJB private BlockResults blockResults;

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
    List<BlockResult> results = blockResults.ofCampaign(campaign.id());
    List<AnnouncementBlock> blocks = new ArrayList<>();
    for (BlockResult block : results) {
      blocks.add(
          new AnnouncementBlock(
              block.blockName(),
              block.areas().stream()
                  .map(a -> new AnnouncementBlock.Area(a.code(), a.name(), a.max()))
                  .toList(),
              block.max(),
              block.units().stream()
                  .map(
                      u ->
                          new AnnouncementRow(
                              u.unitName(),
                              u.areaPoints(),
                              u.survey(),
                              u.bonus(),
                              u.penalty(),
                              u.total(),
                              u.percent(),
                              u.rank(),
                              u.band()))
                  .toList()));
    }
    // the decision's number and date once every block was announced by the one decision
    Set<String> numbers = new HashSet<>();
    Set<LocalDate> dates = new HashSet<>();
    boolean announced = !results.isEmpty();
    for (BlockResult block : results) {
      announced &= block.announced();
      numbers.add(block.decisionNumber());
      dates.add(block.decisionDate());
    }
    boolean one = announced && numbers.size() == 1 && dates.size() == 1;
    boolean provisional =
        results.stream().flatMap(b -> b.units().stream()).anyMatch(UnitResult::provisional);
    return new Figures(
        blocks,
        one ? numbers.iterator().next() : null,
        one ? dates.iterator().next() : null,
        provisional);
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
}
