package vn.parindex.dashboard;

import java.io.Serializable;
import java.math.BigDecimal;

/** A unit's assessment of a year with its totals and band, to set units side by side. */
public record UnitTotal(
    long assessmentId,
    String unitName,
    int year,
    String versionName,
    BigDecimal selfAssessed,
    BigDecimal grandTotal,
    BigDecimal totalMax,
    String band,
    boolean provisional)
    implements Serializable {}
