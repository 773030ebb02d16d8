package vn.parindex.consolidation;

import java.io.Serializable;
import java.util.List;

/**
 * What is missing, by criterion code in index order: self-assessed leaves without a lead score,
 * leaves with points above 0 and no supporting document linked by the lead office (an explanation
 * may stand in for a document, but the province appraises documents, so they are listed), leaves
 * whose lead score was returned, survey criteria without points, and the offices that are late (not
 * everything handed in, deadline passed, no extension running).
 */
public record Completeness(
    List<String> unscored,
    List<String> withoutEvidence,
    List<String> returned,
    List<String> surveyMissing,
    List<OverdueOffice> overdueOffices)
    implements Serializable {

  /** An office late with its self-assessment. */
  public record OverdueOffice(String code, String name) implements Serializable {}
}
