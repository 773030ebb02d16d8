package vn.parindex.web.admin;

import java.io.Serializable;
import java.time.LocalDate;
import vn.parindex.catalogue.DecisionRef;
import vn.parindex.catalogue.VersionSummary;
import vn.parindex.platform.BusinessException;

/** The revise dialog: which published version to revise, the new draft's name and its decision. */
public class RevisionForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private long sourceId;
  private String sourceName;
  private String name;
  private String decisionNumber;
  private LocalDate decisionDate;
  private String decisionIssuer;

  void start(VersionSummary source, String suggestedName) {
    sourceId = source.id();
    sourceName = source.name();
    name = suggestedName;
    decisionNumber = null;
    decisionDate = null;
    decisionIssuer = source.decisionIssuer();
  }

  /** The decision as the service takes it; an incomplete one is refused as the API refuses it. */
  DecisionRef decision() {
    try {
      return new DecisionRef(decisionNumber, decisionDate, decisionIssuer);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new BusinessException("version.decision.required").onField("decisionNumber");
    }
  }

  public long getSourceId() {
    return sourceId;
  }

  public String getSourceName() {
    return sourceName;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public void setDecisionNumber(String decisionNumber) {
    this.decisionNumber = decisionNumber;
  }

  public LocalDate getDecisionDate() {
    return decisionDate;
  }

  public void setDecisionDate(LocalDate decisionDate) {
    this.decisionDate = decisionDate;
  }

  public String getDecisionIssuer() {
    return decisionIssuer;
  }

  public void setDecisionIssuer(String decisionIssuer) {
    this.decisionIssuer = decisionIssuer;
  }
}
