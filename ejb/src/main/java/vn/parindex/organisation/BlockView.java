package vn.parindex.organisation;

import java.io.Serializable;

/** A block of a province's units, at its place in the province's order (1 first). */
public record BlockView(long id, long provinceId, String name, int order, long unitCount)
    implements Serializable {}
