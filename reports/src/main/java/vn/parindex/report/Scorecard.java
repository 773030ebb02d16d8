package vn.parindex.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on the self-assessment scorecard, in the layout of an official document
 * (Decree 30/2020/ND-CP): the issuing body and the national motto, the place and date, the title,
 * the table and the signature block.
 *
 * @param superiorBody the body above the issuer, e.g. "UBND TỈNH BÌNH ĐỊNH", or {@code null}
 * @param issuingBody the issuing body, e.g. "UBND HUYỆN AN LÃO"
 * @param title e.g. "BIỂU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023"
 * @param subtitle the index version and its decision, or {@code null}
 * @param place the place of issue, e.g. "An Lão"
 * @param date the date of issue
 * @param signerTitle e.g. "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" (line breaks are kept)
 * @param signerName the signer, or {@code null} to leave the line blank for a hand signature
 * @param footnote printed small under the table, or {@code null}
 * @param rows the table rows in print order
 * @param totalMax the total of the maximum points
 * @param totalScore the total self-assessed score
 * @param provisionalReasons why the total is still provisional (tạm tính), in words; empty for a
 *     final total. A provisional scorecard is marked as a draft and says why.
 */
public record Scorecard(
    String superiorBody,
    String issuingBody,
    String title,
    String subtitle,
    String place,
    LocalDate date,
    String signerTitle,
    String signerName,
    String footnote,
    List<ScorecardRow> rows,
    BigDecimal totalMax,
    BigDecimal totalScore,
    List<String> provisionalReasons) {

  public Scorecard {
    Objects.requireNonNull(issuingBody, "issuingBody");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(date, "date");
    rows = List.copyOf(rows);
    provisionalReasons = provisionalReasons == null ? List.of() : List.copyOf(provisionalReasons);
  }

  public boolean provisional() {
    return !provisionalReasons.isEmpty();
  }
}
