package vn.parindex.catalogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares two versions criterion by criterion: each node of the newer version is matched with the
 * node of the older one it continues; what stays unmatched was added or removed.
 */
public final class VersionComparison {
  private VersionComparison() {}

  public static List<CriterionChange> compare(IndexVersion older, IndexVersion newer) {
    Map<Criterion, Criterion> matches = match(older, newer);
    Set<Criterion> matchedOlder = new HashSet<>(matches.values());
    List<CriterionChange> changes = new ArrayList<>();
    for (Criterion after : newer.nodes()) {
      Criterion before = matches.get(after);
      changes.add(
          before == null
              ? new CriterionChange(null, after, EnumSet.of(ChangeKind.ADDED))
              : new CriterionChange(before, after, differences(before, after)));
    }
    for (Criterion before : older.nodes()) {
      if (!matchedOlder.contains(before)) {
        changes.add(new CriterionChange(before, null, EnumSet.of(ChangeKind.REMOVED)));
      }
    }
    return changes;
  }

  /**
   * When the newer version descends from the older one by revisions, its links are the truth (a
   * criterion marked new is new even if an old one had its code); otherwise codes match.
   */
  private static Map<Criterion, Criterion> match(IndexVersion older, IndexVersion newer) {
    Map<Criterion, Criterion> matches = new HashMap<>();
    if (descendsFrom(newer, older)) {
      for (Criterion after : newer.nodes()) {
        ancestorIn(after, older).ifPresent(before -> matches.put(after, before));
      }
      return matches;
    }
    for (Criterion after : newer.nodes()) {
      older.node(after.code()).ifPresent(before -> matches.put(after, before));
    }
    return matches;
  }

  private static boolean descendsFrom(IndexVersion newer, IndexVersion older) {
    for (IndexVersion v = newer.predecessor().orElse(null); v != null; ) {
      if (v.equals(older)) {
        return true;
      }
      v = v.predecessor().orElse(null);
    }
    return false;
  }

  private static Optional<Criterion> ancestorIn(Criterion node, IndexVersion older) {
    Criterion earlier = node.predecessor().orElse(null);
    while (earlier != null && !earlier.version().equals(older)) {
      earlier = earlier.predecessor().orElse(null);
    }
    return Optional.ofNullable(earlier);
  }

  private static Set<ChangeKind> differences(Criterion before, Criterion after) {
    Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
    if (!before.name().equals(after.name())) {
      kinds.add(ChangeKind.RENAMED);
    }
    if (!before.maxPoints().equals(after.maxPoints())) {
      kinds.add(ChangeKind.MAX_CHANGED);
    }
    if (!before.sameRuleAs(after)) {
      kinds.add(ChangeKind.RULE_CHANGED);
    }
    if (!before.sameDueDateAs(after)) {
      kinds.add(ChangeKind.DUE_CHANGED);
    }
    if (!before.code().equals(after.code())
        || !Objects.equals(parentCode(before), parentCode(after))) {
      kinds.add(ChangeKind.MOVED);
    }
    return kinds;
  }

  private static String parentCode(Criterion node) {
    return node.parent().map(p -> p.code().toString()).orElse(null);
  }
}
