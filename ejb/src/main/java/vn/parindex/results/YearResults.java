package vn.parindex.results;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import vn.parindex.organisation.Block;

/**
 * A block's results of a year, where the block takes part in its province's campaign of that year:
 * what the ranking by year and block answers, so that it never disagrees with the results the
 * province announces. No access check: the caller filters.
 */
public final class YearResults {
  private YearResults() {}

  public static Optional<BlockResult> of(EntityManager em, Block block, int year) {
    return new ResultRecords(em)
        .campaignOf(block, year)
        .map(campaign -> new BlockFigures(em).of(campaign, block));
  }
}
