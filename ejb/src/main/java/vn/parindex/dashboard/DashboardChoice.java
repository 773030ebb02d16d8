package vn.parindex.dashboard;

import java.io.Serializable;

/** An assessment the caller may open the dashboard of, for the selector. */
public record DashboardChoice(long id, String unitName, int year) implements Serializable {}
