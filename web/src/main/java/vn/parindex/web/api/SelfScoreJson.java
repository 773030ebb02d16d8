package vn.parindex.web.api;

import java.math.BigDecimal;
import vn.parindex.assessment.AssignedCriterion;

/** The answer to a saved self-score: the criterion and the points its rule computed. */
public record SelfScoreJson(String code, BigDecimal points, String status, String explanation) {
  static SelfScoreJson of(AssignedCriterion c) {
    return new SelfScoreJson(
        c.code(), c.points().toBigDecimal(), c.status().name(), c.explanation());
  }
}
