package vn.parindex.dashboard;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.parindex.assessment.OfficeProgress;
import vn.parindex.consolidation.AreaRow;
import vn.parindex.consolidation.ProvisionalReason;
import vn.parindex.consolidation.Totals;

/**
 * An assessment at a glance: the progress of every office, the areas against their max and the
 * totals (taken from the consolidation, never rolled up a second time), the deadline with the days
 * left (negative once it has passed), the offices past it and the last changes.
 */
public record DashboardView(
    long assessmentId,
    String unitName,
    int year,
    String versionName,
    boolean illustrative,
    LocalDate deadline,
    long daysLeft,
    List<OfficeProgress> offices,
    int officesSubmitted,
    List<String> overdueOffices,
    List<AreaRow> areas,
    Totals totals,
    String band,
    boolean provisional,
    List<ProvisionalReason> reasons,
    List<RecentChange> recentChanges)
    implements Serializable {

  public DashboardView {
    offices = List.copyOf(offices);
    overdueOffices = List.copyOf(overdueOffices);
    areas = List.copyOf(areas);
    reasons = List.copyOf(reasons);
    recentChanges = List.copyOf(recentChanges);
  }
}
