package vn.parindex.web.admin;

import java.io.Serializable;
import java.time.LocalDate;
import vn.parindex.catalogue.DecisionRef;
import vn.parindex.catalogue.VersionSummary;
import vn.parindex.platform.BusinessException;

/**
 * The revise dialog: which published version to revise, the new draft's name and its decision, and
 * the level and period (first and last year) the revision applies to.
 */
public class RevisionForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private long sourceId;
  private String sourceName;
  private String name;
  private String decisionNumber;
  private LocalDate decisionDate;
  private String decisionIssuer;
  private String unitLevel;
  private Integer year;
  private Integer periodUntil;

  void start(VersionSummary source, String suggestedName) {
    sourceId = source.id();
    sourceName = source.name();
    name = suggestedName;
    decisionNumber = null;
    decisionDate = null;
    decisionIssuer = source.decisionIssuer();
    unitLevel = source.unitLevel();
    year = source.year();
    periodUntil = source.periodUntil();
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

  public String getUnitLevel() {
    return unitLevel;
  }

  public void setUnitLevel(String unitLevel) {
    this.unitLevel = unitLevel;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public Integer getPeriodUntil() {
    return periodUntil;
  }

  public void setPeriodUntil(Integer periodUntil) {
    this.periodUntil = periodUntil;
  }

  public String getDecisionIssuer() {
    return decisionIssuer;
  }

  public void setDecisionIssuer(String decisionIssuer) {
    this.decisionIssuer = decisionIssuer;
  }
}
