package vn.parindex.survey;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What an import of a file would write, before anything is written: each unit's new points per
 * criterion beside the current ones, and how many values it changes.
 */
public record SurveyPreview(
    long campaignId,
    long blockId,
    String blockName,
    String fileName,
    List<SurveyCriterionView> criteria,
    List<Line> lines,
    List<SurveyImportView.Forms> forms,
    int values,
    int changed)
    implements Serializable {

  /** A unit's row of the file. */
  public record Line(long unitId, String unitName, int row, List<Value> values)
      implements Serializable {}

  /** A criterion's new points, and the current ones (null when none were entered). */
  public record Value(String code, BigDecimal points, BigDecimal previous, boolean changed)
      implements Serializable {}
}
