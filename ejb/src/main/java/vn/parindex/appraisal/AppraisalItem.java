package vn.parindex.appraisal;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import vn.parindex.scoring.ScoreInputs;

/**
 * One line of an appraiser's work list: a unit's criterion with what the unit submitted (score,
 * inputs, explanation, documents), every round's decision, the unit's answers, and where it stands
 * before the current round.
 *
 * @param standing the score before the current round decides: the unit's own in round 1, the
 *     previous round's outcome after that
 * @param decided whether the current round has decided the criterion
 */
public record AppraisalItem(
    long assessmentId,
    String unitName,
    long blockId,
    String blockName,
    String code,
    String name,
    BigDecimal max,
    BigDecimal self,
    ScoreInputs selfInputs,
    String selfExplanation,
    List<DocumentRef> documents,
    long departmentId,
    List<RoundDecision> decisions,
    List<ExplanationView> explanations,
    BigDecimal standing,
    boolean decided)
    implements Serializable {}
