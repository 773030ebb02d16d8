package vn.parindex.consolidation;

import java.util.Objects;
import vn.parindex.catalogue.AssessmentMethod;
import vn.parindex.catalogue.NodeKind;
import vn.parindex.scoring.CriterionCode;
import vn.parindex.scoring.Points;

/**
 * One node of an index version as the consolidation needs it: plain values, no entity, so the same
 * roll-up runs on one unit in the portal and on thousands in a ranking.
 */
public record IndexNode(
    long id, CriterionCode code, NodeKind kind, Points maxPoints, AssessmentMethod method) {
  public IndexNode {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(maxPoints, "maxPoints");
    Objects.requireNonNull(method, "method");
  }

  public boolean isSurvey() {
    return method == AssessmentMethod.SURVEY;
  }
}
