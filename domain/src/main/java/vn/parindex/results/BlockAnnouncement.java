package vn.parindex.results;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.parindex.appraisal.Campaign;
import vn.parindex.catalogue.DecisionRef;
import vn.parindex.kernel.CleanText;
import vn.parindex.kernel.Refusal;
import vn.parindex.organisation.Block;

/**
 * The People's Committee's announcement of a block's results by decision: an immutable copy of
 * every unit's figures, rank and band as published. Once a block is announced its results are read
 * from here and nothing that made them changes any more; there is no withdrawing an announcement.
 */
@Entity
@NamedQuery(
    name = BlockAnnouncement.OF_BLOCK,
    query = "select b from BlockAnnouncement b where b.campaign = :campaign and b.block = :block")
@Table(
    name = "block_announcement",
    uniqueConstraints = @UniqueConstraint(columnNames = {"campaign_id", "block_id"}))
public class BlockAnnouncement {
  /** The announcement of a block in a campaign, if any: parameters "campaign" and "block". */
  public static final String OF_BLOCK = "BlockAnnouncement.ofBlock";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "campaign_id", nullable = false)
  private Campaign campaign;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "block_id", nullable = false)
  private Block block;

  @Column(name = "decision_number", length = DecisionRef.NUMBER_LENGTH, nullable = false)
  private String decisionNumber;

  @Column(name = "decision_date", nullable = false)
  private LocalDate decisionDate;

  @Column(name = "version_id", nullable = false)
  private long versionId;

  @Column(name = "version_name", length = 300, nullable = false)
  private String versionName;

  @Column(name = "total_max", precision = 7, scale = 2, nullable = false)
  private BigDecimal max;

  @Column(name = "announced_by", length = 60, nullable = false)
  private String announcedBy;

  @Column(name = "announced_at", nullable = false)
  private Instant announcedAt;

  @ElementCollection
  @CollectionTable(name = "announced_area", joinColumns = @JoinColumn(name = "announcement_id"))
  @OrderColumn(name = "area_index")
  private List<AnnouncedArea> areas = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "announced_unit", joinColumns = @JoinColumn(name = "announcement_id"))
  @OrderColumn(name = "line_index")
  private List<AnnouncedUnit> units = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "announced_area_points",
      joinColumns = @JoinColumn(name = "announcement_id"))
  private List<AnnouncedPoints> points = new ArrayList<>();

  protected BlockAnnouncement() {}

  /** What the block's results were when announced: its version, areas and units' lines. */
  public record Snapshot(
      long versionId,
      String versionName,
      BigDecimal max,
      List<AnnouncedArea> areas,
      List<AnnouncedUnit> units,
      List<AnnouncedPoints> points) {}

  /**
   * @throws Refusal (400) without a decision number or date
   */
  public BlockAnnouncement(
      Campaign campaign,
      Block block,
      String decisionNumber,
      LocalDate decisionDate,
      Snapshot snapshot,
      String by,
      Instant at) {
    this.campaign = Objects.requireNonNull(campaign, "campaign");
    this.block = Objects.requireNonNull(block, "block");
    String number = decisionNumber == null ? "" : CleanText.line("decisionNumber", decisionNumber);
    number = number.strip();
    if (number.isEmpty() || number.length() > DecisionRef.NUMBER_LENGTH) {
      throw Refusal.invalid(
          "decisionNumber", "results.announcement.numberRequired", DecisionRef.NUMBER_LENGTH);
    }
    if (decisionDate == null) {
      throw Refusal.invalid("decisionDate", "results.announcement.dateRequired");
    }
    this.decisionNumber = number;
    this.decisionDate = decisionDate;
    this.versionId = snapshot.versionId();
    this.versionName = snapshot.versionName();
    this.max = snapshot.max();
    this.areas.addAll(snapshot.areas());
    this.units.addAll(snapshot.units());
    this.points.addAll(snapshot.points());
    this.announcedBy = Objects.requireNonNull(by, "by");
    this.announcedAt = Objects.requireNonNull(at, "at");
  }

  public Long id() {
    return id;
  }

  public Campaign campaign() {
    return campaign;
  }

  public Block block() {
    return block;
  }

  public String decisionNumber() {
    return decisionNumber;
  }

  public LocalDate decisionDate() {
    return decisionDate;
  }

  public long versionId() {
    return versionId;
  }

  public String versionName() {
    return versionName;
  }

  public BigDecimal max() {
    return max;
  }

  public String announcedBy() {
    return announcedBy;
  }

  public Instant announcedAt() {
    return announcedAt;
  }

  public List<AnnouncedArea> areas() {
    return List.copyOf(areas);
  }

  public List<AnnouncedUnit> units() {
    return List.copyOf(units);
  }

  public List<AnnouncedPoints> points() {
    return List.copyOf(points);
  }
}
