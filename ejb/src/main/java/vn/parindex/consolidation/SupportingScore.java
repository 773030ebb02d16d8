package vn.parindex.consolidation;

import java.io.Serializable;
import java.math.BigDecimal;
import vn.parindex.assessment.SelfScoreStatus;

/** A supporting office's score of a shared criterion: shown beside the lead's, never counted. */
public record SupportingScore(
    String officeCode, String officeName, BigDecimal points, SelfScoreStatus status)
    implements Serializable {}
