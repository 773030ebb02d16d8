package vn.parindex.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.RecordedInputs;
import vn.parindex.catalogue.Criterion;
import vn.parindex.kernel.CleanText;
import vn.parindex.scoring.ManualRule;
import vn.parindex.scoring.Points;
import vn.parindex.scoring.ScoreInputs;
import vn.parindex.scoring.ScoringRule;

/**
 * An appraiser's decision on one criterion of a unit in one round: the points, from the rule's
 * inputs or typed directly within 0..max and on the step, and the reason, which a score different
 * from the unit's own must have.
 */
@Entity
@Table(name = "appraised_score")
public class AppraisedScore {
  public static final int REASON_LENGTH = 2000;
  private static final BigDecimal CENT = new BigDecimal("0.01");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assessment_id", nullable = false)
  private Assessment assessment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "criterion_id", nullable = false)
  private Criterion criterion;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id", nullable = false)
  private AppraisalRound round;

  @Column(name = "points", precision = 7, scale = 2, nullable = false)
  private BigDecimal points;

  @Embedded private RecordedInputs inputs;

  @Column(name = "reason", length = REASON_LENGTH)
  private String reason;

  @Column(name = "appraised_by", length = 60, nullable = false)
  private String appraisedBy;

  @Column(name = "appraised_at", nullable = false)
  private Instant appraisedAt;

  protected AppraisedScore() {}

  public AppraisedScore(Assessment assessment, Criterion criterion, AppraisalRound round) {
    this.assessment = Objects.requireNonNull(assessment);
    this.criterion = Objects.requireNonNull(criterion);
    this.round = Objects.requireNonNull(round);
  }

  /**
   * Decides the criterion: with the rule's inputs, or with points typed directly (one or the
   * other). Refused before anything changes when the points fall outside 0..max or off the step, or
   * when they differ from the unit's own score and no reason is given.
   *
   * @param self the unit's submitted score of the criterion
   * @return the points decided
   */
  public Points decide(
      ScoreInputs entered, BigDecimal direct, Points self, String why, String by, Instant at) {
    Points decided = score(entered, direct);
    String clean = why == null ? "" : CleanText.multiline("reason", why).strip();
    if (clean.length() > REASON_LENGTH) {
      throw new AppraisalRefusal("reason", "appraisal.reason.tooLong", REASON_LENGTH);
    }
    if (clean.isEmpty() && !decided.equals(self)) {
      throw new AppraisalRefusal("reason", "appraisal.score.reasonRequired", criterion.code());
    }
    this.points = decided.toBigDecimal();
    this.inputs = entered == null ? null : new RecordedInputs(entered.checked());
    this.reason = clean.isEmpty() ? null : clean;
    this.appraisedBy = Objects.requireNonNull(by);
    this.appraisedAt = Objects.requireNonNull(at);
    return decided;
  }

  private Points score(ScoreInputs entered, BigDecimal direct) {
    if (entered != null && direct != null) {
      throw new AppraisalRefusal("points", "appraisal.score.inputsOrPoints");
    }
    if (entered != null) {
      ScoringRule rule =
          criterion
              .scoringRule()
              .orElseThrow(() -> new AppraisalRefusal("inputs", "appraisal.score.noRule"));
      return rule.score(entered.checked(), criterion.maxPoints());
    }
    if (direct == null) {
      throw new AppraisalRefusal("points", "appraisal.score.required", criterion.code());
    }
    BigDecimal step =
        criterion.scoringRule().orElse(null) instanceof ManualRule manual ? manual.step() : CENT;
    return new ManualRule(step).score(ScoreInputs.manual(direct).checked(), criterion.maxPoints());
  }

  public Long id() {
    return id;
  }

  public Assessment assessment() {
    return assessment;
  }

  public Criterion criterion() {
    return criterion;
  }

  public AppraisalRound round() {
    return round;
  }

  public Points points() {
    return Points.of(points);
  }

  public ScoreInputs inputs() {
    return inputs == null ? null : inputs.toInputs();
  }

  public String reason() {
    return reason;
  }

  public String appraisedBy() {
    return appraisedBy;
  }

  public Instant appraisedAt() {
    return appraisedAt;
  }
}
