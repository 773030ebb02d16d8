package vn.parindex.appraisal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import vn.parindex.scoring.CriterionCode;

/**
 * Who appraises a criterion in one block: the department given the criterion itself, or else the
 * one given its nearest ancestor. A single criterion given to another department overrides its
 * area's department.
 */
public final class AppraiserMatrix {
  private final Map<CriterionCode, Long> departments = new HashMap<>();

  /** Adds a cell: the department (by unit id) that appraises the node and what lies under it. */
  public AppraiserMatrix give(CriterionCode node, long departmentId) {
    departments.put(node, departmentId);
    return this;
  }

  /** The department that appraises the leaf criterion, if the matrix covers it. */
  public Optional<Long> departmentOf(CriterionCode leaf) {
    CriterionCode code = leaf;
    while (code != null) {
      Long department = departments.get(code);
      if (department != null) {
        return Optional.of(department);
      }
      code = code.parent().orElse(null);
    }
    return Optional.empty();
  }

  public boolean gives(CriterionCode leaf, long departmentId) {
    return departmentOf(leaf).map(d -> d == departmentId).orElse(false);
  }
}
