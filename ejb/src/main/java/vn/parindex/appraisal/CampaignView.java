package vn.parindex.appraisal;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A campaign as the API shows it: its deadlines, its blocks with their index, its rounds. */
public record CampaignView(
    long id,
    long provinceId,
    String provinceName,
    int year,
    String name,
    LocalDate selfDeadline,
    LocalDate submissionDeadline,
    boolean appraisalStarted,
    List<BlockIndex> blocks,
    List<Round> rounds)
    implements Serializable {

  /** A block taking part, with the index version its units are assessed on. */
  public record BlockIndex(long blockId, String blockName, long versionId, String versionName)
      implements Serializable {}

  /** One appraisal round with its dates and where it stands. */
  public record Round(
      int number,
      LocalDate appraisalUntil,
      LocalDate explanationUntil,
      RoundStatus status,
      Instant openedAt,
      Instant closedAt,
      String closedBy)
      implements Serializable {}

  static CampaignView of(Campaign c) {
    return new CampaignView(
        c.id(),
        c.province().id(),
        c.province().name(),
        c.year(),
        c.name(),
        c.selfDeadline(),
        c.submissionDeadline(),
        c.appraisalStarted(),
        c.blocks().stream()
            .sorted(Comparator.comparingInt(b -> b.block().order()))
            .map(
                b ->
                    new BlockIndex(
                        b.block().id(), b.block().name(), b.version().id(), b.version().name()))
            .toList(),
        c.rounds().stream()
            .map(
                r ->
                    new Round(
                        r.number(),
                        r.appraisalUntil(),
                        r.explanationUntil(),
                        r.status(),
                        r.openedAt(),
                        r.closedAt(),
                        r.closedBy()))
            .toList());
  }
}
