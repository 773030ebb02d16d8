package vn.parindex.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.util.Objects;
import vn.parindex.assessment.RecordedInputs;
import vn.parindex.catalogue.Criterion;
import vn.parindex.scoring.Points;
import vn.parindex.scoring.ScoreInputs;

/** A self score as the unit submitted it: the lead office's inputs, points and explanation. */
@Embeddable
public class SubmittedScore {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "criterion_id", nullable = false)
  private Criterion criterion;

  @Column(name = "points", precision = 7, scale = 2, nullable = false)
  private BigDecimal points;

  @Embedded private RecordedInputs inputs;

  @Column(name = "explanation", length = 4000)
  private String explanation;

  protected SubmittedScore() {}

  public SubmittedScore(
      Criterion criterion, Points points, ScoreInputs inputs, String explanation) {
    this.criterion = Objects.requireNonNull(criterion);
    this.points = points.toBigDecimal();
    this.inputs = inputs == null ? null : new RecordedInputs(inputs);
    this.explanation = explanation;
  }

  public Criterion criterion() {
    return criterion;
  }

  public Points points() {
    return Points.of(points);
  }

  public ScoreInputs inputs() {
    return inputs == null ? null : inputs.toInputs();
  }

  public String explanation() {
    return explanation;
  }
}
