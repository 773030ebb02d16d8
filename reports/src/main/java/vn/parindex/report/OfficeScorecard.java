package vn.parindex.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One office's own self-assessment scorecard, which the head of the office signs before the office
 * submits its scores to the consolidating office: only the office's criteria, what it entered, its
 * points, evidence, explanation and status, and its subtotal against the max of those criteria.
 *
 * @param issuingBody the unit, e.g. "UBND HUYỆN AN LÃO" (printed above the office)
 * @param officeName the office, e.g. "PHÒNG TƯ PHÁP" (the body issuing the sheet)
 * @param title e.g. "BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CỦA PHÒNG TƯ PHÁP"
 * @param subtitle the index version and year, or {@code null}
 * @param place the place of issue
 * @param date the date of issue
 * @param signerTitle e.g. "TRƯỞNG PHÒNG"
 * @param signerName the signer, or {@code null} for a blank line to sign on
 * @param footnote printed small under the table, or {@code null}
 * @param rows the table in print order
 * @param totalMax the sum of the max points of the office's criteria
 * @param totalPoints the sum of the office's points
 */
public record OfficeScorecard(
    String issuingBody,
    String officeName,
    String title,
    String subtitle,
    String place,
    LocalDate date,
    String signerTitle,
    String signerName,
    String footnote,
    List<OfficeScorecardRow> rows,
    BigDecimal totalMax,
    BigDecimal totalPoints) {

  public OfficeScorecard {
    Objects.requireNonNull(officeName, "officeName");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(date, "date");
    rows = List.copyOf(rows);
  }
}
