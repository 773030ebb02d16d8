package vn.parindex.appraisal;

import java.io.Serializable;
import java.util.List;

/**
 * A unit's remedial plan as the API gives it: the criteria of this assessment where the approved
 * result lost points, each with the action recorded, and the actions of the previous year shown
 * beside the criteria of this year that continue theirs.
 *
 * @param approved whether the council's approval of the unit's block is in force: only then the
 *     unit records actions
 * @param lost empty before the assessment has an appraisal result
 */
public record RemedialPlan(
    long assessmentId,
    int year,
    boolean approved,
    List<RemedialActionView> lost,
    List<CarriedAction> carriedOver)
    implements Serializable {}
