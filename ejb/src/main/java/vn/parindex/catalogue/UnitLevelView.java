package vn.parindex.catalogue;

import java.io.Serializable;

/** A level of administration as the pages list it. */
public record UnitLevelView(String code, String name) implements Serializable {}
