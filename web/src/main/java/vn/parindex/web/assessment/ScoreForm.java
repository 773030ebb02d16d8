package vn.parindex.web.assessment;

import java.io.Serializable;
import java.math.BigDecimal;
import vn.parindex.assessment.AssignedCriterion;
import vn.parindex.scoring.ScoreInputs;
import vn.parindex.scoring.Timeliness;

/** The inputs of the scoring dialog; which of them show depends on the criterion's rule. */
public class ScoreForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private BigDecimal points;
  private Boolean met;
  private Timeliness timeliness;
  private BigDecimal achieved;
  private BigDecimal total;
  private BigDecimal violations;
  private String explanation;

  void fill(AssignedCriterion criterion) {
    ScoreInputs in = criterion.inputs();
    points = in.points();
    met = in.met();
    timeliness = in.timeliness();
    achieved = in.achieved();
    total = in.total();
    violations = in.violations() == null ? null : BigDecimal.valueOf(in.violations());
    explanation = criterion.explanation();
  }

  /**
   * The inputs as typed, checked against the limits the API applies too.
   *
   * @throws vn.parindex.scoring.InvalidScoreInputsException naming the field to correct
   */
  ScoreInputs inputs() {
    return ScoreInputs.entered(points, met, timeliness, achieved, total, violations);
  }

  public Timeliness[] getTimelinessValues() {
    return Timeliness.values();
  }

  public BigDecimal getPoints() {
    return points;
  }

  public void setPoints(BigDecimal points) {
    this.points = points;
  }

  public Boolean getMet() {
    return met;
  }

  public void setMet(Boolean met) {
    this.met = met;
  }

  public Timeliness getTimeliness() {
    return timeliness;
  }

  public void setTimeliness(Timeliness timeliness) {
    this.timeliness = timeliness;
  }

  public BigDecimal getAchieved() {
    return achieved;
  }

  public void setAchieved(BigDecimal achieved) {
    this.achieved = achieved;
  }

  public BigDecimal getTotal() {
    return total;
  }

  public void setTotal(BigDecimal total) {
    this.total = total;
  }

  public BigDecimal getViolations() {
    return violations;
  }

  public void setViolations(BigDecimal violations) {
    this.violations = violations;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }
}
