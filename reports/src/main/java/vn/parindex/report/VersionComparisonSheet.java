package vn.parindex.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on the comparison of two versions of the index, the working document of the
 * meeting that approves a revision: the official header (issuing body, national motto, place and
 * date), the title and the two versions, a count of each kind of change and the table of changes.
 * It carries no signature block.
 *
 * @param issuingBody e.g. "UBND TỈNH BÌNH ĐỊNH", or {@code null}
 * @param title e.g. "SO SÁNH HAI PHIÊN BẢN BỘ CHỈ SỐ CCHC"; {@code null} prints that default title
 *     in the language of the report
 * @param beforeLabel the older version: its name and decision number and date
 * @param afterLabel the newer version: its name and decision number and date
 * @param place the place of issue, e.g. "Quy Nhơn"; null prints the date line without a place
 * @param date the date of issue
 * @param rows the compared criteria in print order, unchanged ones included or not
 * @param includeUnchanged whether the table prints the unchanged criteria too
 */
public record VersionComparisonSheet(
    String issuingBody,
    String title,
    String beforeLabel,
    String afterLabel,
    String place,
    LocalDate date,
    List<VersionChangeRow> rows,
    boolean includeUnchanged) {

  public VersionComparisonSheet {
    Objects.requireNonNull(beforeLabel, "beforeLabel");
    Objects.requireNonNull(afterLabel, "afterLabel");
    Objects.requireNonNull(date, "date");
    rows = List.copyOf(rows);
  }

  /** The rows the table prints: every row, or only the changed ones. */
  public List<VersionChangeRow> printedRows() {
    return includeUnchanged ? rows : rows.stream().filter(r -> !r.unchanged()).toList();
  }

  /** How many rows have a change of this kind (a row may count under several kinds). */
  public long count(ChangeType type) {
    return rows.stream().filter(r -> r.changes().contains(type)).count();
  }
}
