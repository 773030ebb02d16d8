package vn.parindex.consolidation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import vn.parindex.assessment.SelfScoreStatus;
import vn.parindex.catalogue.AssessmentMethod;
import vn.parindex.catalogue.NodeKind;

/**
 * One node of the consolidated scorecard. For a self-assessed leaf: the lead office and its score
 * (the one that counts), its status, evidence count and explanation, and the supporting offices'
 * scores of a shared criterion. For a parent: the sum of its children. For a survey leaf: the
 * points entered. {@code points} is null while nothing below the node is scored.
 */
public record NodeRow(
    String code,
    String name,
    NodeKind kind,
    AssessmentMethod method,
    boolean leaf,
    BigDecimal maxPoints,
    BigDecimal points,
    String leadOfficeCode,
    String leadOfficeName,
    List<SupportingScore> supporting,
    SelfScoreStatus status,
    long evidenceCount,
    String explanation,
    List<NodeFlag> flags)
    implements Serializable {

  public boolean shared() {
    return !supporting.isEmpty();
  }

  public boolean survey() {
    return method == AssessmentMethod.SURVEY;
  }
}
