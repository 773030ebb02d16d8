package vn.parindex.appraisal;

import java.util.List;

/**
 * What creating a campaign's assessments did: how many were created, how many of the units'
 * existing ones joined the campaign (or were in it already), and the units left out, with why.
 */
public record BulkCreation(int created, int joined, int alreadyIn, List<SkippedUnit> skipped) {

  /**
   * A unit left out: {@code OTHER_VERSION} when it already has an assessment of the year on another
   * index, {@code OTHER_LEVEL} when the block's index is of another level than the unit's.
   */
  public record SkippedUnit(long unitId, String unitName, String reason) {}
}
