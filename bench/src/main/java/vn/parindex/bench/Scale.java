package vn.parindex.bench;

import java.util.List;

/**
 * One generated population: {@code units} district-level units, each assessed once per index
 * version of {@code versionIds} (one per year). The tag names the population in the data, so that
 * the province and the nation live side by side in one database.
 */
record Scale(String tag, int units, List<Long> versionIds) {
  /** Units are found again by the superior body their tag gives them. */
  String superiorBody() {
    return "UBND tỉnh " + tag;
  }
}
