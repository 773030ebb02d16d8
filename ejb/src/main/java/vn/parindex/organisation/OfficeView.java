package vn.parindex.organisation;

import java.io.Serializable;

/**
 * An office as the administration lists it, with the title its head signs with. {@code referenced}
 * says whether anything refers to it (accounts, assignments, evidence, extensions, notices): such
 * an office is deactivated, never deleted.
 */
public record OfficeView(
    long id,
    long unitId,
    String code,
    String name,
    boolean consolidating,
    boolean active,
    long userCount,
    boolean referenced,
    String headTitle)
    implements Serializable {}
