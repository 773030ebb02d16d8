package vn.parindex.consolidation;

import java.io.Serializable;
import java.util.List;

/**
 * A unit's consolidated scorecard at one moment: every node, every area, what is missing, the
 * totals and the band, and whether (and why) it is still provisional (tạm tính).
 */
public record ConsolidationView(
    long assessmentId,
    String unitName,
    int year,
    long versionId,
    String versionName,
    boolean illustrative,
    List<NodeRow> nodes,
    List<AreaRow> areas,
    Completeness completeness,
    Totals totals,
    String band,
    boolean provisional,
    List<ProvisionalReason> reasons)
    implements Serializable {}
