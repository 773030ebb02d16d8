package vn.parindex.appraisal;

import java.math.BigDecimal;
import vn.parindex.scoring.ScoreInputs;

/**
 * An appraiser's entry for one criterion: the rule's inputs or points typed directly (one of the
 * two), and the reason, required when the score differs from the unit's own.
 */
public record AppraisalEntry(ScoreInputs inputs, BigDecimal points, String reason) {}
