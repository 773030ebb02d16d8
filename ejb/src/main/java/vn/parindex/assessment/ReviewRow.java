package vn.parindex.assessment;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One office's score of one criterion as the consolidator reviews it; a shared criterion has two
 * rows side by side, the lead office's first.
 */
public record ReviewRow(
    String code,
    String name,
    String areaCode,
    String areaName,
    String officeCode,
    String officeName,
    boolean lead,
    boolean shared,
    BigDecimal maxPoints,
    BigDecimal points,
    SelfScoreStatus status,
    String explanation,
    String reviewNote,
    long evidenceCount)
    implements Serializable {}
