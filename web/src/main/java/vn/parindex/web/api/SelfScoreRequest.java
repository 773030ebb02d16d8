package vn.parindex.web.api;

import java.math.BigDecimal;
import vn.parindex.scoring.ScoreInputs;
import vn.parindex.scoring.Timeliness;

/**
 * Body of PUT .../self-score: {"inputs": {...}, "explanation": "...", "version": 3}. The optional
 * version is the one the client read; a score changed meanwhile is then refused with 409.
 */
public class SelfScoreRequest {
  public Inputs inputs;
  public String explanation;
  public Long version;

  /**
   * The inputs by rule type; only those of the criterion's rule are scored, but every one given is
   * checked. The counts are read as decimals so that the domain refuses 1.5 violations rather than
   * JSON-B cutting them to 1.
   */
  public static class Inputs {
    public BigDecimal points;
    public Boolean met;
    public Timeliness timeliness;
    public BigDecimal achieved;
    public BigDecimal total;
    public BigDecimal violations;

    ScoreInputs toScoreInputs() {
      return ScoreInputs.entered(points, met, timeliness, achieved, total, violations);
    }
  }

  ScoreInputs scoreInputs() {
    return inputs == null ? ScoreInputs.NONE : inputs.toScoreInputs();
  }
}
