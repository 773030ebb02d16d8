package vn.parindex.organisation;

/** What the administrator says about a kind of unit; the code only when it is created. */
public record UnitKindDetails(
    String code,
    String name,
    String headSignature,
    String deputySignature,
    String letterheadAbove) {}
