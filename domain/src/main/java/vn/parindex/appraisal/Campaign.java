package vn.parindex.appraisal;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.catalogue.VersionStatus;
import vn.parindex.kernel.CleanText;
import vn.parindex.organisation.Block;
import vn.parindex.organisation.Province;

/**
 * A province's yearly campaign (đợt đánh giá): which index each block uses, the self-assessment and
 * submission deadlines, and one to three appraisal rounds, opened in turn. Dates are days in
 * Vietnam time.
 */
@Entity
@Table(name = "campaign")
public class Campaign {
  public static final int NAME_LENGTH = 300;
  public static final int MAX_ROUNDS = 3;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "province_id", nullable = false)
  private Province province;

  @Column(name = "campaign_year", nullable = false)
  private int year;

  @Column(name = "name", length = NAME_LENGTH, nullable = false)
  private String name;

  @Column(name = "self_deadline", nullable = false)
  private LocalDate selfDeadline;

  @Column(name = "submission_deadline", nullable = false)
  private LocalDate submissionDeadline;

  @ElementCollection
  @CollectionTable(name = "campaign_block", joinColumns = @JoinColumn(name = "campaign_id"))
  private List<CampaignBlock> blocks = new ArrayList<>();

  @OneToMany(mappedBy = "campaign", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<AppraisalRound> rounds = new ArrayList<>();

  protected Campaign() {}

  public Campaign(
      Province province,
      int year,
      String name,
      LocalDate selfDeadline,
      LocalDate submissionDeadline) {
    this.province = Objects.requireNonNull(province);
    this.year = year;
    rename(name);
    setDeadlines(selfDeadline, submissionDeadline);
  }

  public final void rename(String newName) {
    String clean = newName == null ? "" : CleanText.line("name", newName.strip());
    if (clean.isEmpty() || clean.length() > NAME_LENGTH) {
      throw new AppraisalRefusal("name", "appraisal.campaign.name", NAME_LENGTH);
    }
    this.name = clean;
  }

  /** Units self-assess until the first day and submit to the province until the second. */
  public final void setDeadlines(LocalDate self, LocalDate submission) {
    Objects.requireNonNull(self, "self");
    Objects.requireNonNull(submission, "submission");
    if (submission.isBefore(self)) {
      throw new AppraisalRefusal(
          "submissionDeadline", "appraisal.campaign.submissionBeforeSelf", self);
    }
    this.selfDeadline = self;
    this.submissionDeadline = submission;
  }

  /**
   * The block's units are assessed on this published version; refused once appraisal has started,
   * since the appraisers' scores are of the version's criteria.
   */
  public void useIndex(Block block, IndexVersion version) {
    if (!province.equals(block.province())) {
      throw new AppraisalRefusal("block", "appraisal.campaign.blockOfOtherProvince");
    }
    if (version.status() != VersionStatus.PUBLISHED) {
      throw new AppraisalRefusal("version", "appraisal.campaign.versionNotPublished");
    }
    requireAppraisalNotStarted();
    blocks.removeIf(b -> b.block().equals(block));
    blocks.add(new CampaignBlock(block, version));
  }

  /** The version the block's units use in this campaign, if the block takes part. */
  public Optional<IndexVersion> versionOf(Block block) {
    return blocks.stream()
        .filter(b -> b.block().equals(block))
        .map(CampaignBlock::version)
        .findFirst();
  }

  /**
   * Sets the rounds: one to three, each deciding after the submission deadline and after the units
   * explained the round before; every round but the last has an explanation window. Rounds already
   * opened keep their place, and only the dates of rounds not yet closed move.
   */
  public void planRounds(List<RoundDates> dates) {
    if (dates.isEmpty() || dates.size() > MAX_ROUNDS) {
      throw new AppraisalRefusal("rounds", "appraisal.rounds.count", MAX_ROUNDS);
    }
    checkOrder(dates);
    long started = rounds.stream().filter(r -> r.status() != RoundStatus.PLANNED).count();
    if (dates.size() < started) {
      throw new AppraisalRefusal("rounds", "appraisal.rounds.startedCannotGo", started);
    }
    for (int i = 0; i < dates.size(); i++) {
      if (i < rounds.size()) {
        AppraisalRound round = rounds.get(i);
        if (round.status() == RoundStatus.CLOSED
            && !round.appraisalUntil().equals(dates.get(i).appraisalUntil())) {
          throw new AppraisalRefusal("rounds", "appraisal.rounds.closedDateFixed", i + 1);
        }
        round.reschedule(dates.get(i));
      } else {
        rounds.add(new AppraisalRound(this, i + 1, dates.get(i)));
      }
    }
    while (rounds.size() > dates.size()) {
      rounds.remove(rounds.size() - 1);
    }
  }

  private void checkOrder(List<RoundDates> dates) {
    LocalDate earliest = submissionDeadline;
    for (int i = 0; i < dates.size(); i++) {
      RoundDates d = dates.get(i);
      boolean last = i == dates.size() - 1;
      if (d.appraisalUntil().isBefore(earliest)) {
        throw new AppraisalRefusal("rounds", "appraisal.rounds.order", i + 1);
      }
      if (last != (d.explanationUntil() == null)) {
        throw new AppraisalRefusal("rounds", "appraisal.rounds.explanationWindow", i + 1);
      }
      if (!last && d.explanationUntil().isBefore(d.appraisalUntil())) {
        throw new AppraisalRefusal("rounds", "appraisal.rounds.order", i + 1);
      }
      earliest = last ? d.appraisalUntil() : d.explanationUntil();
    }
  }

  /**
   * Opens round n: rounds open in turn, each once the one before is over (closed, or past its date,
   * which closes it now). Opening round n + 1 ends the explanations of round n.
   */
  public AppraisalRound openRound(int number, LocalDate today, String by, Instant at) {
    AppraisalRound round = round(number);
    if (number > 1) {
      AppraisalRound previous = round(number - 1);
      if (!previous.isOverOn(today)) {
        throw new AppraisalRefusal("round", "appraisal.round.previousNotOver", number - 1);
      }
      if (previous.status() == RoundStatus.OPEN) {
        previous.close(by, at);
      }
    }
    round.open(at);
    return round;
  }

  public AppraisalRound closeRound(int number, String by, Instant at) {
    AppraisalRound round = round(number);
    round.close(by, at);
    return round;
  }

  public AppraisalRound round(int number) {
    if (number < 1 || number > rounds.size()) {
      throw new AppraisalRefusal("round", "appraisal.round.unknown", number);
    }
    return rounds.get(number - 1);
  }

  /** The round appraisers work in or last worked in; none before appraisal starts. */
  public Optional<AppraisalRound> latestOpened() {
    AppraisalRound latest = null;
    for (AppraisalRound r : rounds) {
      if (r.status() != RoundStatus.PLANNED) {
        latest = r;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * Whether the units may still explain round n: its window runs and round n + 1 has not opened.
   */
  public boolean acceptsExplanation(AppraisalRound round, LocalDate day, LocalDate extendedUntil) {
    boolean nextOpened =
        round.number() < rounds.size()
            && rounds.get(round.number()).status() != RoundStatus.PLANNED;
    return !nextOpened && round.acceptsExplanationOn(day, extendedUntil);
  }

  public boolean appraisalStarted() {
    return latestOpened().isPresent();
  }

  /** A unit may submit until the first round closes; after the deadline it is late. */
  public boolean acceptsSubmission(LocalDate day) {
    return rounds.isEmpty()
        || rounds.get(0).status() == RoundStatus.PLANNED
        || rounds.get(0).acceptsAppraisalOn(day);
  }

  public boolean isLate(LocalDate day) {
    return day.isAfter(submissionDeadline);
  }

  public void requireAppraisalNotStarted() {
    if (appraisalStarted()) {
      throw new AppraisalRefusal("round", "appraisal.round.alreadyStarted");
    }
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Campaign other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Campaign.class.hashCode();
  }

  public Long id() {
    return id;
  }

  public long rowVersion() {
    return rowVersion;
  }

  public Province province() {
    return province;
  }

  public int year() {
    return year;
  }

  public String name() {
    return name;
  }

  public LocalDate selfDeadline() {
    return selfDeadline;
  }

  public LocalDate submissionDeadline() {
    return submissionDeadline;
  }

  public List<CampaignBlock> blocks() {
    return List.copyOf(blocks);
  }

  public List<AppraisalRound> rounds() {
    return List.copyOf(rounds);
  }
}
