package vn.parindex.results;

import java.math.BigDecimal;

/** A self-assessed area of the index (a component index): a column of the block's results. */
public record AreaColumn(String code, String name, BigDecimal max) {}
