package vn.parindex.dashboard;

/** An assessment the caller may open the dashboard of, for the selector. */
public record DashboardChoice(long id, String unitName, int year) {}
