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

  protected SelfScore() {}

  public SelfScore(Assignment assignment) {
    this.assignment = Objects.requireNonNull(assignment);
  }

  /**
   * Scores the inputs with the criterion's rule, then records them. Invalid inputs throw before
   * anything changes.
   */
  public Points record(ScoreInputs newInputs, String newExplanation, String by, Instant at) {
    Criterion criterion = assignment.criterion();
    ScoringRule rule =
        criterion
            .scoringRule()
            .orElseThrow(() -> new IllegalStateException(criterion.code() + " has no rule"));
    Points earned = rule.score(newInputs, criterion.maxPoints());
    String trimmed =
        newExplanation == null || newExplanation.isBlank() ? null : newExplanation.strip();
    if (trimmed != null && trimmed.length() > EXPLANATION_LENGTH) {
      throw new IllegalArgumentException("Explanation longer than " + EXPLANATION_LENGTH);
    }
    this.inputs = new RecordedInputs(newInputs);
    this.points = earned.toBigDecimal();
    this.explanation = trimmed;
    this.status = SelfScoreStatus.DRAFT;
    this.updatedBy = Objects.requireNonNull(by);
    this.updatedAt = Objects.requireNonNull(at);
    return earned;
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

  public long rowVersion() {
    return rowVersion;
  }
}
