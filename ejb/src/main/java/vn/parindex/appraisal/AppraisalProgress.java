package vn.parindex.appraisal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far the current round has come: criteria decided out of those to decide, per member
 * department and per unit. Criteria no department appraises are counted under department id -1.
 */
public record AppraisalProgress(int round, List<Count> departments, List<Count> units)
    implements Serializable {
  /** Decided out of total, for one department or one unit. */
  public record Count(long id, String name, int decided, int total) implements Serializable {}

  static AppraisalProgress of(
      int round, List<AppraisalItem> items, Map<Long, String> departmentNames) {
    Map<Long, int[]> byDepartment = new LinkedHashMap<>();
    Map<Long, int[]> byUnit = new LinkedHashMap<>();
    Map<Long, String> unitNames = new LinkedHashMap<>();
    for (AppraisalItem item : items) {
      count(byDepartment, item.departmentId(), item.decided());
      count(byUnit, item.assessmentId(), item.decided());
      unitNames.put(item.assessmentId(), item.unitName());
    }
    return new AppraisalProgress(
        round, counts(byDepartment, departmentNames), counts(byUnit, unitNames));
  }

  private static void count(Map<Long, int[]> counts, long id, boolean decided) {
    int[] c = counts.computeIfAbsent(id, k -> new int[2]);
    c[0] += decided ? 1 : 0;
    c[1]++;
  }

  private static List<Count> counts(Map<Long, int[]> counts, Map<Long, String> names) {
    List<Count> result = new ArrayList<>();
    counts.forEach((id, c) -> result.add(new Count(id, names.getOrDefault(id, "—"), c[0], c[1])));
    result.sort(Comparator.comparing(Count::name));
    return result;
  }
}
