package vn.parindex.assessment;

import java.io.Serializable;

/** A published index version an assessment of a unit may follow. */
public record VersionChoice(long id, String name, int year, String decisionNumber)
    implements Serializable {}
