package vn.parindex.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import vn.parindex.catalogue.Criterion;
import vn.parindex.kernel.CleanText;
import vn.parindex.kernel.Refusal;
import vn.parindex.scoring.Points;
import vn.parindex.scoring.ScoreInputs;
import vn.parindex.scoring.ScoringRule;

/**
 * An office's self-score of one assigned criterion: the inputs its rule needs, the points they
 * earn, and the explanation. Points are always computed from the inputs by the criterion's rule,
 * never typed in directly, so a stored score can be recomputed and checked.
 */
@Entity
@Table(name = "self_score")
public class SelfScore {
  public static final int EXPLANATION_LENGTH = 4000;
  public static final int REVIEW_NOTE_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assignment_id", nullable = false, unique = true)
  private Assignment assignment;

  @Embedded private RecordedInputs inputs;

  @Column(name = "points", precision = 7, scale = 2, nullable = false)
  private BigDecimal points;

  @Size(max = EXPLANATION_LENGTH)
  @Column(name = "explanation", length = EXPLANATION_LENGTH)
  private String explanation;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 12, nullable = false)
  private SelfScoreStatus status;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", length = 60, nullable = false)
  private String updatedBy;

  /** The consolidator's last word on it: why it was returned, or why it was reopened. */
  @Size(max = REVIEW_NOTE_LENGTH)
  @Column(name = "review_note", length = REVIEW_NOTE_LENGTH)
  private String reviewNote;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Column(name = "reviewed_by", length = 60)
  private String reviewedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  protected SelfScore() {}

  public SelfScore(Assignment assignment) {
    this.assignment = Objects.requireNonNull(assignment);
  }

  /**
   * Scores the inputs with the criterion's rule, then records them. Invalid inputs throw before
   * anything changes: every value entered is {@link ScoreInputs#checked() checked}, even one the
   * rule does not read, since it is stored and printed too; the explanation is {@link
   * CleanText#multiline clean text}.
   */
  public Points record(ScoreInputs newInputs, String newExplanation, String by, Instant at) {
    requireEditableByOffice();
    Criterion criterion = assignment.criterion();
    ScoringRule rule =
        criterion
            .scoringRule()
            .orElseThrow(() -> new IllegalStateException(criterion.code() + " has no rule"));
    ScoreInputs checked = newInputs.checked();
    Points earned = rule.score(checked, criterion.maxPoints());
    String clean = CleanText.multiline("explanation", newExplanation);
    String trimmed = clean == null || clean.isBlank() ? null : clean.strip();
    if (trimmed != null && trimmed.length() > EXPLANATION_LENGTH) {
      throw Refusal.invalid("explanation", "selfScore.explanationTooLong", EXPLANATION_LENGTH);
    }
    this.inputs = new RecordedInputs(checked);
    this.points = earned.toBigDecimal();
    this.explanation = trimmed;
    this.status = SelfScoreStatus.DRAFT;
    this.updatedBy = Objects.requireNonNull(by);
    this.updatedAt = Objects.requireNonNull(at);
    return earned;
  }

  /** Hands the score to the consolidating office; the office can no longer change it. */
  public void submit(Instant at) {
    requireStatus(SelfScoreStatus.DRAFT);
    this.status = SelfScoreStatus.SUBMITTED;
    this.submittedAt = at;
  }

  public void accept(String by, Instant at) {
    requireStatus(SelfScoreStatus.SUBMITTED);
    review(SelfScoreStatus.ACCEPTED, null, by, at);
  }

  /** Sends the score back to its office with the consolidator's comment; the office edits again. */
  public void returnForRevision(String comment, String by, Instant at) {
    requireStatus(SelfScoreStatus.SUBMITTED, SelfScoreStatus.ACCEPTED);
    review(SelfScoreStatus.RETURNED, requireNote(comment), by, at);
  }

  /** Opens a submitted or accepted score again as a draft of its office, for a stated reason. */
  public void reopen(String reason, String by, Instant at) {
    requireStatus(SelfScoreStatus.SUBMITTED, SelfScoreStatus.ACCEPTED);
    review(SelfScoreStatus.DRAFT, requireNote(reason), by, at);
  }

  private void review(SelfScoreStatus newStatus, String note, String by, Instant at) {
    this.status = newStatus;
    this.reviewNote = note;
    this.reviewedBy = Objects.requireNonNull(by);
    this.reviewedAt = Objects.requireNonNull(at);
  }

  private static String requireNote(String note) {
    if (note == null || note.isBlank()) {
      throw Refusal.invalid("comment", "review.reasonRequired");
    }
    String trimmed = CleanText.multiline("comment", note.strip());
    if (trimmed.length() > REVIEW_NOTE_LENGTH) {
      throw Refusal.invalid("comment", "review.noteTooLong", REVIEW_NOTE_LENGTH);
    }
    return trimmed;
  }

  private void requireEditableByOffice() {
    if (status != null && !status.editableByOffice()) {
      throw new SelfScoreLockedException(status);
    }
  }

  private void requireStatus(SelfScoreStatus... allowed) {
    for (SelfScoreStatus s : allowed) {
      if (status == s) {
        return;
      }
    }
    throw new SelfScoreLockedException(status);
  }

  /**
   * The same score for the same office on the continuing criterion of a revised version, with who
   * entered it and when: its rule and max did not change, so neither did its points.
   */
  public SelfScore carriedOverTo(Assignment continuing) {
    SelfScore copy = new SelfScore(continuing);
    copy.inputs = inputs;
    copy.points = points;
    copy.explanation = explanation;
    copy.status = status;
    copy.updatedAt = updatedAt;
    copy.updatedBy = updatedBy;
    return copy;
  }

  /** The score as the history shows it: points, the inputs that earned them, the explanation. */
  public String describe() {
    if (points == null) {
      return null;
    }
    ScoreInputs in = inputs();
    StringBuilder text = new StringBuilder(points().toString());
    appendIfSet(text, "points", in.points());
    appendIfSet(text, "met", in.met());
    appendIfSet(text, "timeliness", in.timeliness());
    appendIfSet(
        text,
        "achieved",
        in.achieved() == null ? null : in.achieved().stripTrailingZeros().toPlainString());
    appendIfSet(
        text, "total", in.total() == null ? null : in.total().stripTrailingZeros().toPlainString());
    appendIfSet(text, "violations", in.violations());
    if (explanation != null) {
      text.append(" | ").append(explanation);
    }
    return text.toString();
  }

  private static void appendIfSet(StringBuilder text, String name, Object value) {
    if (value != null) {
      text.append("; ").append(name).append('=').append(value);
    }
  }

  public Long id() {
    return id;
  }

  public Assignment assignment() {
    return assignment;
  }

  public ScoreInputs inputs() {
    return inputs == null ? ScoreInputs.NONE : inputs.toInputs();
  }

  public Points points() {
    return Points.of(points);
  }

  public String explanation() {
    return explanation;
  }

  public SelfScoreStatus status() {
    return status;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }

  public String reviewNote() {
    return reviewNote;
  }

  public Instant reviewedAt() {
    return reviewedAt;
  }

  public String reviewedBy() {
    return reviewedBy;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public long rowVersion() {
    return rowVersion;
  }
}
