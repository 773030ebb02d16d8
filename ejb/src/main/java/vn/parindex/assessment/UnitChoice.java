package vn.parindex.assessment;

import java.io.Serializable;

/** A unit an assessment may be created for, with its level (which picks the index). */
public record UnitChoice(long id, String name, String level) implements Serializable {}
