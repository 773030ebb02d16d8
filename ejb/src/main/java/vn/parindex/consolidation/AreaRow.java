package vn.parindex.consolidation;

import java.io.Serializable;
import java.math.BigDecimal;

/** An area against its max; points and percentage are null while nothing in it is scored. */
public record AreaRow(
    String code,
    String name,
    boolean survey,
    BigDecimal maxPoints,
    BigDecimal points,
    BigDecimal percent)
    implements Serializable {}
