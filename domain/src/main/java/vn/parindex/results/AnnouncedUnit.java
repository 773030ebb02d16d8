package vn.parindex.results;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** A unit's line of an announced block, exactly as the decision published it. */
@Embeddable
public class AnnouncedUnit {
  @Column(name = "assessment_id", nullable = false)
  private long assessmentId;

  @Column(name = "unit_id", nullable = false)
  private long unitId;

  @Column(name = "unit_name", length = 300, nullable = false)
  private String unitName;

  @Column(name = "survey", precision = 7, scale = 2, nullable = false)
  private BigDecimal survey;

  @Column(name = "bonus", precision = 7, scale = 2, nullable = false)
  private BigDecimal bonus;

  @Column(name = "penalty", precision = 7, scale = 2, nullable = false)
  private BigDecimal penalty;

  @Column(name = "total", precision = 7, scale = 2, nullable = false)
  private BigDecimal total;

  @Column(name = "percent_of_max", precision = 7, scale = 2, nullable = false)
  private BigDecimal percent;

  @Column(name = "unit_rank", nullable = false)
  private int rank;

  @Column(name = "band", length = 60)
  private String band;

  @Column(name = "provisional", nullable = false)
  private boolean provisional;

  protected AnnouncedUnit() {}

  /** The figures of one unit as published; {@code band} is null below every band. */
  public AnnouncedUnit(
      long assessmentId,
      long unitId,
      String unitName,
      BigDecimal survey,
      BigDecimal bonus,
      BigDecimal penalty,
      BigDecimal total,
      BigDecimal percent,
      int rank,
      String band,
      boolean provisional) {
    this.assessmentId = assessmentId;
    this.unitId = unitId;
    this.unitName = unitName;
    this.survey = survey;
    this.bonus = bonus;
    this.penalty = penalty;
    this.total = total;
    this.percent = percent;
    this.rank = rank;
    this.band = band;
    this.provisional = provisional;
  }

  public long assessmentId() {
    return assessmentId;
  }

  public long unitId() {
    return unitId;
  }

  public String unitName() {
    return unitName;
  }

  public BigDecimal survey() {
    return survey;
  }

  public BigDecimal bonus() {
    return bonus;
  }

  public BigDecimal penalty() {
    return penalty;
  }

  public BigDecimal total() {
    return total;
  }

  public BigDecimal percent() {
    return percent;
  }

  public int rank() {
    return rank;
  }

  public String band() {
    return band;
  }

  public boolean provisional() {
    return provisional;
  }
}
