package vn.parindex.catalogue;

/** A level of administration as the pages list it. */
public record UnitLevelView(String code, String name) {}
