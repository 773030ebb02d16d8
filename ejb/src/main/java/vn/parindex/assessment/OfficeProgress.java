package vn.parindex.assessment;

import java.io.Serializable;
import java.time.LocalDate;

/** How far an office has come: its criteria by status, and whether it is late. */
public record OfficeProgress(
    String officeCode,
    String officeName,
    int criteria,
    int notStarted,
    int draft,
    int submitted,
    int accepted,
    int returned,
    boolean overdue,
    LocalDate extendedUntil)
    implements Serializable {

  public int scored() {
    return criteria - notStarted;
  }
}
