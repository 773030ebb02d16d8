package vn.parindex.scoring;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Sums the points of the scored leaves up the tree of an index: a criterion with components scores
 * the sum of its components, an area the sum of its criteria.
 *
 * <p>A node none of whose leaves is scored yet has no score at all, which is not the same as 0: the
 * scorecard shows it blank while the offices are still working. A node with some scored leaves
 * scores what is scored so far.
 */
public final class Rollup {

  private Rollup() {}

  /**
   * Rolls the points of the scored leaves up to every node above them.
   *
   * @param nodes every node of the tree; the parent of each, as given by {@link
   *     CriterionCode#parent()}, must be among them
   * @param leafPoints the points of the leaves scored so far; a node with children has none
   * @return the points of every node with at least one scored leaf, the leaves included, in
   *     scorecard order; nodes without any are absent
   * @throws IllegalArgumentException if a node's parent is missing, or points are given for a code
   *     that is not a node or has children (they would be counted twice)
   */
  public static SortedMap<CriterionCode, Points> rollUp(
      Collection<CriterionCode> nodes, Map<CriterionCode, Points> leafPoints) {
    Set<CriterionCode> tree = Set.copyOf(nodes);
    Set<CriterionCode> parents = new HashSet<>();
    for (CriterionCode node : tree) {
      Optional<CriterionCode> parent = node.parent();
      if (parent.isPresent()) {
        if (!tree.contains(parent.get())) {
          throw new IllegalArgumentException(
              "The parent " + parent.get() + " of " + node + " is not in the tree");
        }
        parents.add(parent.get());
      }
    }
    SortedMap<CriterionCode, Points> sums = new TreeMap<>();
    leafPoints.forEach(
        (leaf, points) -> {
          if (!tree.contains(leaf)) {
            throw new IllegalArgumentException("Points for " + leaf + ", which is not in the tree");
          }
          if (parents.contains(leaf)) {
            throw new IllegalArgumentException(
                "Points for " + leaf + ", which is scored by the sum of its children");
          }
          for (Optional<CriterionCode> node = Optional.of(leaf);
              node.isPresent();
              node = node.get().parent()) {
            sums.merge(node.get(), points, Points::plus);
          }
        });
    return Collections.unmodifiableSortedMap(sums);
  }
}
