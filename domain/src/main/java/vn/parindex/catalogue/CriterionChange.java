package vn.parindex.catalogue;

import java.util.EnumSet;
import java.util.Set;
import vn.parindex.scoring.Points;

/**
 * One line of a comparison: a node of the older version (absent when added), its counterpart in the
 * newer one (absent when removed), and how they differ; no kinds means unchanged.
 */
public record CriterionChange(Criterion before, Criterion after, Set<ChangeKind> kinds) {
  public CriterionChange {
    kinds = kinds.isEmpty() ? EnumSet.noneOf(ChangeKind.class) : EnumSet.copyOf(kinds);
  }

  public boolean unchanged() {
    return kinds.isEmpty();
  }

  /** The code that names this line: the newer one when there is a newer one. */
  public String code() {
    return (after != null ? after : before).code().toString();
  }

  public String beforeCode() {
    return before == null ? null : before.code().toString();
  }

  public String afterCode() {
    return after == null ? null : after.code().toString();
  }

  public Points beforeMax() {
    return before == null ? null : before.maxPoints();
  }

  public Points afterMax() {
    return after == null ? null : after.maxPoints();
  }

  @Override
  public Set<ChangeKind> kinds() {
    return kinds.isEmpty() ? EnumSet.noneOf(ChangeKind.class) : EnumSet.copyOf(kinds);
  }
}
