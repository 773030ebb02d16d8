package vn.parindex.web.admin;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.parindex.catalogue.BandScale;
import vn.parindex.catalogue.VersionHeader;
import vn.parindex.catalogue.VersionSummary;
import vn.parindex.catalogue.VersionTree;

/** The header of the tree editor: what the issuing decision says of the version, and its bands. */
public class HeaderForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String name;
  private String unitLevel;
  private Integer year;
  private String decisionNumber;
  private LocalDate decisionDate;
  private String decisionIssuer;
  private BigDecimal totalMax;
  private BigDecimal selfAssessedMax;
  private BigDecimal surveyMax;
  private boolean totalBounded = true;
  private BandScale bandScale = BandScale.POINTS;
  private final List<BandRow> bands = new ArrayList<>();

  void fill(VersionTree tree) {
    VersionSummary v = tree.version();
    name = v.name();
    unitLevel = v.unitLevel();
    year = v.year();
    decisionNumber = v.decisionNumber();
    decisionDate = v.decisionDate();
    decisionIssuer = v.decisionIssuer();
    totalMax = v.totalMax();
    selfAssessedMax = v.selfAssessedMax();
    surveyMax = v.surveyMax();
    totalBounded = v.totalBounded();
    bandScale = v.bandScale();
    bands.clear();
    tree.bands().forEach(b -> bands.add(BandRow.of(b)));
  }

  VersionHeader header() {
    return new VersionHeader(
        name,
        unitLevel,
        year == null ? 0 : year,
        decisionNumber,
        decisionDate,
        decisionIssuer,
        totalMax,
        selfAssessedMax,
        surveyMax,
        bands.stream().map(BandRow::band).toList(),
        totalBounded,
        bandScale);
  }

  /** A band needs both its label and its lowest total; the service is never sent half a band. */
  boolean hasIncompleteBand() {
    return bands.stream()
        .anyMatch(b -> b.getLabel() == null || b.getLabel().isBlank() || b.getMinTotal() == null);
  }

  void addBand() {
    bands.add(new BandRow());
  }

  void removeBand(BandRow band) {
    bands.remove(band);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
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

  public BigDecimal getTotalMax() {
    return totalMax;
  }

  public void setTotalMax(BigDecimal totalMax) {
    this.totalMax = totalMax;
  }

  public BigDecimal getSelfAssessedMax() {
    return selfAssessedMax;
  }

  public void setSelfAssessedMax(BigDecimal selfAssessedMax) {
    this.selfAssessedMax = selfAssessedMax;
  }

  public BigDecimal getSurveyMax() {
    return surveyMax;
  }

  public void setSurveyMax(BigDecimal surveyMax) {
    this.surveyMax = surveyMax;
  }

  public boolean isTotalBounded() {
    return totalBounded;
  }

  public void setTotalBounded(boolean totalBounded) {
    this.totalBounded = totalBounded;
  }

  public BandScale getBandScale() {
    return bandScale;
  }

  public void setBandScale(BandScale bandScale) {
    this.bandScale = bandScale;
  }

  public BandScale[] getBandScales() {
    return BandScale.values();
  }

  public List<BandRow> getBands() {
    return bands;
  }
}
