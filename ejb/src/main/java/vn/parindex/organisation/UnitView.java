package vn.parindex.organisation;

/** An assessed unit as the administration lists it, with the name of its level. */
public record UnitView(
    long id,
    String name,
    String level,
    String levelName,
    String superiorName,
    String placeName,
    long officeCount) {}
