package vn.parindex.report;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One criterion in the comparison of two index versions, already compared by the caller: the report
 * only prints it. The "before" values are {@code null} for an added criterion, the "after" values
 * for a removed one.
 *
 * @param beforeCode the code in the older version, e.g. "1.5.1"
 * @param afterCode the code in the newer version
 * @param beforeName the name in the older version
 * @param afterName the name in the newer version
 * @param beforeMax the maximum points in the older version
 * @param afterMax the maximum points in the newer version
 * @param beforeRule how the older version scores it, as human text, or {@code null}
 * @param afterRule how the newer version scores it, as human text, or {@code null}
 * @param changes what changed; empty when the criterion is unchanged
 */
public record VersionChangeRow(
    String beforeCode,
    String afterCode,
    String beforeName,
    String afterName,
    BigDecimal beforeMax,
    BigDecimal afterMax,
    String beforeRule,
    String afterRule,
    Set<ChangeType> changes) {

  public VersionChangeRow {
    if (beforeName == null && afterName == null) {
      throw new IllegalArgumentException("a row needs the name of one version or both");
    }
    // an unmodifiable EnumSet: iterated in the order of the constants
    changes =
        Collections.unmodifiableSet(
            changes == null || changes.isEmpty()
                ? EnumSet.noneOf(ChangeType.class)
                : EnumSet.copyOf(changes));
  }

  /** No change: printed only when the sheet includes unchanged criteria. */
  public boolean unchanged() {
    return changes.isEmpty();
  }
}
