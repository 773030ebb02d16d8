package vn.parindex.consolidation;

import java.util.Objects;
import vn.parindex.scoring.Points;

/**
 * A saved self-score of one office for one leaf criterion, with whether that office leads the
 * criterion and whether the consolidator returned the score for revision.
 */
public record OfficeScore(
    long criterionId, long officeId, boolean lead, Points points, boolean returned) {
  public OfficeScore {
    Objects.requireNonNull(points, "points");
  }
}
