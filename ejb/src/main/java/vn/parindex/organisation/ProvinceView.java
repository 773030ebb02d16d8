package vn.parindex.organisation;

import java.io.Serializable;

/** A province as the administration lists it, with how many blocks and units it has. */
public record ProvinceView(
    long id, String name, boolean illustrative, long blockCount, long unitCount)
    implements Serializable {}
