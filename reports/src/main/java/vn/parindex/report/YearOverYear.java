package vn.parindex.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The comparison of a unit's self-assessment with its assessment of an earlier year (so sánh kết
 * quả qua các năm), by area and by criterion: each node of this year's index beside the node of the
 * earlier index it continues (renamed or recoded as it may be), new ones marked, then the totals
 * and bands of both years. Already matched and computed by the caller.
 *
 * @param superiorBody the body above the issuer, or {@code null}
 * @param issuingBody the unit, e.g. "UBND HUYỆN AN LÃO"
 * @param title e.g. "SO SÁNH KẾT QUẢ TỰ ĐÁNH GIÁ CHỈ SỐ CCHC NĂM 2024 VỚI NĂM 2023"
 * @param subtitle the two versions of the index, or {@code null}
 * @param place the place of issue, or {@code null}
 * @param date the date of issue
 * @param previousYear the earlier year
 * @param year this year
 * @param rows the nodes of this year's index in print order, then the totals
 * @param signerTitle the title above the signature, or {@code null}
 */
public record YearOverYear(
    String superiorBody,
    String issuingBody,
    String title,
    String subtitle,
    String place,
    LocalDate date,
    int previousYear,
    int year,
    List<YearOverYearRow> rows,
    String signerTitle) {

  public YearOverYear {
    Objects.requireNonNull(issuingBody, "issuingBody");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    rows = List.copyOf(rows);
  }

  /** The row of a node by its code this year, e.g. for a check. */
  public Optional<YearOverYearRow> row(String code) {
    return rows.stream().filter(r -> code.equals(r.code())).findFirst();
  }
}
