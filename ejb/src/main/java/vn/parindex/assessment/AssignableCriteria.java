package vn.parindex.assessment;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.parindex.catalogue.Criterion;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.catalogue.NodeKind;

/**
 * Which criteria of an index are given to offices: the self-assessed nodes that are not areas and
 * have no children. Areas and parents are sums of their children, and the survey part is scored by
 * the province. Shared by the assignment matrix and by opening an assessment, which must agree.
 */
final class AssignableCriteria {
  private AssignableCriteria() {}

  /** The assignable criteria of a version, in index order. */
  static List<Criterion> of(IndexVersion version) {
    return version.nodes().stream()
        .filter(n -> isAssignable(version, n))
        .sorted(Comparator.comparing(Criterion::position))
        .toList();
  }

  static boolean isAssignable(IndexVersion version, Criterion node) {
    return node.isSelfAssessed() && node.kind() != NodeKind.AREA && version.isLeaf(node);
  }

  /** The assignable criteria of the assessment's version that no office holds, in index order. */
  static List<Criterion> unassigned(EntityManager em, Assessment assessment) {
    Set<Long> held =
        new HashSet<>(
            em.createQuery(
                    "select distinct a.criterion.id from Assignment a"
                        + " where a.assessment = :assessment",
                    Long.class)
                .setParameter("assessment", assessment)
                .getResultList());
    return of(assessment.version()).stream().filter(c -> !held.contains(c.id())).toList();
  }
}
