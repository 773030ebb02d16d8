package vn.parindex.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The evidence index (danh mục tài liệu kiểm chứng) of an assessment: every document the offices
 * uploaded, grouped by office, with its number, date, issuer, summary and the criteria it supports.
 *
 * @param superiorBody the body above the issuer, or {@code null}
 * @param issuingBody the unit, e.g. "UBND HUYỆN AN LÃO"
 * @param title e.g. "DANH MỤC TÀI LIỆU KIỂM CHỨNG (THEO PHÒNG CHUYÊN MÔN)"
 * @param subtitle the assessment, or {@code null}
 * @param place the place of issue
 * @param date the date of issue
 * @param signerTitle the title above the signature, or {@code null}
 * @param rows the documents, grouped by office in print order
 */
public record EvidenceIndex(
    String superiorBody,
    String issuingBody,
    String title,
    String subtitle,
    String place,
    LocalDate date,
    String signerTitle,
    List<EvidenceIndexRow> rows) {

  public EvidenceIndex {
    Objects.requireNonNull(issuingBody, "issuingBody");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(date, "date");
    rows = List.copyOf(rows);
  }

  /** How many documents the index lists. */
  public int count() {
    return rows.size();
  }
}
