package vn.parindex.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;
import vn.parindex.scoring.ScoreInputs;
import vn.parindex.scoring.Timeliness;

/** The inputs an office entered, as stored; typed columns so that reports can query them. */
@Embeddable
public class RecordedInputs {
  @Column(name = "input_points", precision = 7, scale = 2)
  private BigDecimal points;

  @Column(name = "input_met")
  private Boolean met;

  @Enumerated(EnumType.STRING)
  @Column(name = "input_timeliness", length = 10)
  private Timeliness timeliness;

  @Column(name = "input_achieved", precision = 19, scale = 4)
  private BigDecimal achieved;

  @Column(name = "input_total", precision = 19, scale = 4)
  private BigDecimal total;

  @Column(name = "input_violations")
  private Integer violations;

  protected RecordedInputs() {}

  public RecordedInputs(ScoreInputs inputs) {
    this.points = inputs.points();
    this.met = inputs.met();
    this.timeliness = inputs.timeliness();
    this.achieved = inputs.achieved();
    this.total = inputs.total();
    this.violations = inputs.violations();
  }

  public ScoreInputs toInputs() {
    return new ScoreInputs(points, met, timeliness, achieved, total, violations);
  }
}
