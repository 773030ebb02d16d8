package vn.parindex.assessment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.parindex.catalogue.RuleDefinition;
import vn.parindex.scoring.Points;
import vn.parindex.scoring.ScoreInputs;
import vn.parindex.scoring.ScoringRule;
import vn.parindex.scoring.Tier;

/**
 * A criterion assigned to the caller's office, with what the office recorded for it so far: the row
 * of "My criteria" and of the API. {@code points} is null while not scored; {@code dueDate} is the
 * day its work was due in the assessed year (its own due date or its parent's), null when none.
 */
public record AssignedCriterion(
    long assessmentId,
    String code,
    String name,
    String areaCode,
    String areaName,
    Points maxPoints,
    ScoringRule rule,
    RuleDefinition ruleDefinition,
    List<Tier> tiers,
    ScoreInputs inputs,
    Points points,
    String explanation,
    SelfScoreStatus status,
    boolean shared,
    boolean lead,
    Instant updatedAt,
    String updatedBy,
    String reviewNote,
    long evidenceCount,
    Long rowVersion,
    LocalDate dueDate)
    implements Serializable {

  /** The office may change it: nobody is reviewing it. */
  public boolean editable() {
    return status.editableByOffice();
  }

  public boolean scored() {
    return points != null;
  }

  /**
   * Checks the inputs against the criterion's rule as a save would, for the dialog to tell what is
   * wrong while the user types.
   *
   * @throws vn.parindex.scoring.InvalidScoreInputsException naming the input to correct
   */
  public void check(ScoreInputs candidate) {
    rule.score(candidate, maxPoints);
  }

  /** What the inputs would earn, for the live preview as the user types; null when incomplete. */
  public BigDecimal preview(ScoreInputs candidate) {
    try {
      return rule.score(candidate, maxPoints).toBigDecimal();
    } catch (RuntimeException incomplete) {
      return null;
    }
  }
}
