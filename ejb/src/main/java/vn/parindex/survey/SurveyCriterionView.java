package vn.parindex.survey;

import java.io.Serializable;
import java.math.BigDecimal;

/** A survey criterion of the block's index, as a column of the preview and of the results. */
public record SurveyCriterionView(String code, String name, BigDecimal max)
    implements Serializable {
  static SurveyCriterionView of(SurveyLayout.SurveyColumn column) {
    return new SurveyCriterionView(column.code(), column.name(), column.max().toBigDecimal());
  }
}
