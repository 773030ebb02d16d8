package vn.parindex.organisation;

/** What the administrator says about a unit: its name, level code, superior body and place. */
public record UnitDetails(String name, String level, String superiorName, String placeName) {}
