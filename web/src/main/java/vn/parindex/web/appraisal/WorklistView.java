package vn.parindex.web.appraisal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.appraisal.AppraisalItem;

/**
 * The work list as the page shows it: the items that pass the filters (unit, block, not yet
 * decided), the units and blocks to choose from, and the decided / total counts of the caller and
 * of each unit.
 */
public final class WorklistView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A unit or a block to filter on. */
  public record Choice(long id, String name) implements Serializable {}

  /** How far a unit's criteria in the list are decided in the current round. */
  public record UnitCount(
      long assessmentId, String unitName, String blockName, int decided, int total)
      implements Serializable {}

  private final List<AppraisalItem> items;

  public WorklistView(List<AppraisalItem> items) {
    this.items = List.copyOf(items);
  }

  public List<AppraisalItem> filtered(Long unit, Long block, boolean undecidedOnly) {
    return items.stream()
        .filter(i -> unit == null || i.assessmentId() == unit)
        .filter(i -> block == null || i.blockId() == block)
        .filter(i -> !undecidedOnly || !i.decided())
        .toList();
  }

  public int total() {
    return items.size();
  }

  public int decided() {
    return (int) items.stream().filter(AppraisalItem::decided).count();
  }

  public List<UnitCount> units() {
    Map<Long, List<AppraisalItem>> byUnit = new LinkedHashMap<>();
    items.forEach(i -> byUnit.computeIfAbsent(i.assessmentId(), k -> new ArrayList<>()).add(i));
    return byUnit.entrySet().stream()
        .map(
            e ->
                new UnitCount(
                    e.getKey(),
                    e.getValue().get(0).unitName(),
                    e.getValue().get(0).blockName(),
                    (int) e.getValue().stream().filter(AppraisalItem::decided).count(),
                    e.getValue().size()))
        .toList();
  }

  public List<Choice> blocks() {
    Map<Long, String> blocks = new LinkedHashMap<>();
    items.forEach(i -> blocks.putIfAbsent(i.blockId(), i.blockName()));
    return blocks.entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList();
  }
}
