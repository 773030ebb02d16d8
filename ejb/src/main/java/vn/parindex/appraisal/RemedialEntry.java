package vn.parindex.appraisal;

import java.time.LocalDate;

/**
 * What the unit writes for a criterion where it lost points.
 *
 * @param action what it will do next year
 * @param office the code of its office that answers for it, or {@code null}
 * @param due the day it is due, or {@code null}
 */
public record RemedialEntry(String action, String office, LocalDate due) {}
