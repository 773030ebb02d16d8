package vn.parindex.organisation;

/** A province as the administration lists it, with how many blocks and units it has. */
public record ProvinceView(
    long id, String name, boolean illustrative, long blockCount, long unitCount) {}
