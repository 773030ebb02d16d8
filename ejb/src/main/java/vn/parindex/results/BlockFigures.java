package vn.parindex.results;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.appraisal.AppraisalRecords;
import vn.parindex.appraisal.AppraisalRound;
import vn.parindex.appraisal.Campaign;
import vn.parindex.appraisal.CampaignBlock;
import vn.parindex.appraisal.RoundStatus;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.catalogue.NodeKind;
import vn.parindex.organisation.Block;
import vn.parindex.platform.NotFoundException;

/**
 * Computes a block's results from a fixed handful of block-wide reads (units, final points summed
 * per area in the database, survey and adjustment sums), whatever the number of units, or reads
 * them back from the block's announcement. The appraised points are those standing after the last
 * closed round (the unit's own before any), or the final ones once the council approved the block:
 * the points its snapshot froze.
 */
final class BlockFigures {
  private final EntityManager em;
  private final ResultRecords records;

  BlockFigures(EntityManager em) {
    this.em = em;
    this.records = new ResultRecords(em);
  }

  static Block blockOf(Campaign campaign, long blockId) {
    return campaign.blocks().stream()
        .map(CampaignBlock::block)
        .filter(b -> b.id() == blockId)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("appraisal.block.notFound", blockId));
  }

  /** The results as they stand, or as announced; no access check. */
  BlockResult of(Campaign campaign, Block block) {
    return records
        .announcement(campaign, block)
        .map(a -> announced(campaign, block, a))
        .orElseGet(() -> current(campaign, block));
  }

  /** The results computed from today's scores, whether announced or not. */
  BlockResult current(Campaign campaign, Block block) {
    IndexVersion version =
        campaign
            .versionOf(block)
            .orElseThrow(() -> new NotFoundException("appraisal.block.notFound", block.id()));
    List<Criterion> areaNodes =
        version.nodes().stream()
            .filter(n -> n.kind() == NodeKind.AREA && n.isSelfAssessed())
            .sorted(Comparator.comparing(Criterion::code))
            .toList();
    Map<Long, Integer> areaIndex = new HashMap<>();
    List<AreaColumn> areas = new ArrayList<>();
    for (Criterion area : areaNodes) {
      areaIndex.put(area.id(), areas.size());
      areas.add(
          new AreaColumn(area.code().toString(), area.name(), area.maxPoints().toBigDecimal()));
    }
    boolean approved = new AppraisalRecords(em).approvalInForce(campaign, block).isPresent();
    List<AppraisalRound> counted =
        campaign.rounds().stream()
            .sorted(Comparator.comparingInt(AppraisalRound::number))
            .filter(r -> approved || r.status() == RoundStatus.CLOSED)
            .toList();
    Map<Long, Map<Long, BigDecimal>> byArea = records.finalPointsByArea(campaign, block, counted);
    Map<Long, BigDecimal> survey = records.survey(campaign, block);
    Map<Long, ResultRecords.Adjustments> adjustments = records.adjustments(campaign, block);
    BigDecimal max = version.totalMax().toBigDecimal();
    List<Line> lines = new ArrayList<>();
    for (ResultRecords.UnitRow unit : records.units(campaign, block)) {
      BigDecimal[] points = new BigDecimal[areas.size()];
      byArea
          .getOrDefault(unit.assessmentId(), Map.of())
          .forEach(
              (area, sum) -> {
                Integer index = areaIndex.get(area);
                if (index != null) {
                  points[index] = sum;
                }
              });
      BigDecimal appraised =
          Arrays.stream(points).filter(p -> p != null).reduce(BigDecimal.ZERO, BigDecimal::add);
      ResultRecords.Adjustments adjusted =
          adjustments.getOrDefault(unit.assessmentId(), ResultRecords.Adjustments.NONE);
      lines.add(
          new Line(
              unit,
              Arrays.asList(points),
              new IndexTotal(
                  appraised,
                  survey.get(unit.assessmentId()),
                  adjusted.bonus(),
                  adjusted.penalty(),
                  max,
                  version.totalBounded()),
              !approved || !unit.submitted()));
    }
    List<UnitResult> units =
        Standings.of(lines, l -> l.unit().unitName(), Line::figures, version.banding()).stream()
            .map(s -> s.unit().result(s.rank(), s.band()))
            .toList();
    return new BlockResult(
        campaign.id(),
        campaign.year(),
        block.id(),
        block.name(),
        version.id(),
        version.name(),
        List.copyOf(areas),
        max.setScale(2),
        false,
        null,
        null,
        units);
  }

  /** A unit's figures before ranking. */
  private record Line(
      ResultRecords.UnitRow unit,
      List<BigDecimal> areaPoints,
      IndexTotal figures,
      boolean provisional) {
    UnitResult result(int rank, String band) {
      return new UnitResult(
          unit.assessmentId(),
          unit.unitId(),
          unit.unitName(),
          java.util.Collections.unmodifiableList(areaPoints),
          figures.survey(),
          figures.bonus(),
          figures.penalty(),
          figures.total(),
          figures.percent(),
          rank,
          band,
          provisional);
    }
  }

  private static BlockResult announced(
      Campaign campaign, Block block, BlockAnnouncement announcement) {
    List<AreaColumn> areas =
        announcement.areas().stream()
            .map(a -> new AreaColumn(a.code(), a.name(), a.max()))
            .toList();
    Map<Long, BigDecimal[]> points = new HashMap<>();
    for (AnnouncedPoints p : announcement.points()) {
      points.computeIfAbsent(p.assessmentId(), a -> new BigDecimal[areas.size()])[p.areaIndex()] =
          p.points();
    }
    List<UnitResult> units =
        announcement.units().stream()
            .map(
                u ->
                    new UnitResult(
                        u.assessmentId(),
                        u.unitId(),
                        u.unitName(),
                        java.util.Collections.unmodifiableList(
                            Arrays.asList(
                                points.getOrDefault(
                                    u.assessmentId(), new BigDecimal[areas.size()]))),
                        u.survey(),
                        u.bonus(),
                        u.penalty(),
                        u.total(),
                        u.percent(),
                        u.rank(),
                        u.band(),
                        u.provisional()))
            .toList();
    return new BlockResult(
        campaign.id(),
        campaign.year(),
        block.id(),
        block.name(),
        announcement.versionId(),
        announcement.versionName(),
        areas,
        announcement.max(),
        true,
        announcement.decisionNumber(),
        announcement.decisionDate(),
        units);
  }
}
