package vn.parindex.dashboard;

import java.io.Serializable;
import java.time.Instant;
import vn.parindex.assessment.ChangeRecord;

/**
 * One change of the assessment as the dashboard lists it: when, by whom, which office's criterion
 * (both null for a change of the whole assessment, such as the deadline), what kind, from what to
 * what.
 */
public record RecentChange(
    Instant changedAt,
    String changedBy,
    String changedByName,
    ChangeRecord.Kind kind,
    String criterionCode,
    String officeCode,
    String officeName,
    String oldValue,
    String newValue)
    implements Serializable {}
