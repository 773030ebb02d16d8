package vn.parindex.organisation;

/**
 * Where a unit sits in the province's organisation: its province, its block (one of that
 * province's) and its kind (by code); null for none.
 */
public record UnitPlacement(Long provinceId, Long blockId, String kindCode) {}
