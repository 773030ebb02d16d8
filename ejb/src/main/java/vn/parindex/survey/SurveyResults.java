package vn.parindex.survey;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A block's survey results in a campaign: each unit's current points per survey criterion with who
 * entered them and when, whether the council's approval has frozen them, and every import, newest
 * first.
 */
public record SurveyResults(
    long campaignId,
    String campaignName,
    long blockId,
    String blockName,
    String versionName,
    boolean approved,
    boolean mayImport,
    List<SurveyCriterionView> criteria,
    List<UnitResult> units,
    List<SurveyImportView> imports)
    implements Serializable {

  /** A unit of the block; its assessment in the campaign is null when it has none. */
  public record UnitResult(
      long unitId, String unitName, Long assessmentId, List<Current> values, BigDecimal total)
      implements Serializable {}

  /** A criterion's current points (null when none), who entered them and when. */
  public record Current(String code, BigDecimal points, String enteredBy, Instant enteredAt)
      implements Serializable {}
}
