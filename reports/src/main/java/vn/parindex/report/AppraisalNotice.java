package vn.parindex.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The notice (thông báo) of a round's appraisal result to one unit, as Decree 30/2020 lays out an
 * administrative document: the issuing body with the number, the national motto with the place and
 * date, the document type and subject, the unit addressed, the legal bases, the criteria the
 * appraisers changed with the unit's score, theirs and why, the last day to explain, the copies and
 * the signature. Header lines and the signer's title are data: they follow the kind of unit.
 *
 * @param superiorBody the body above the issuer, e.g. "UBND TỈNH GIA LAI", or {@code null}
 * @param issuingBody e.g. "SỞ NỘI VỤ" or "HỘI ĐỒNG THẨM ĐỊNH CHỈ SỐ CCHC"
 * @param number the number and sign, e.g. "125/TB-SNV" (printed after "Số: ")
 * @param place the place of issue, or {@code null}
 * @param date the date of issue
 * @param subject the summary under the type, e.g. "Kết quả thẩm định Chỉ số CCHC năm 2025 (vòng 1)"
 * @param addressee the unit as the letter addresses it, e.g. "Ủy ban nhân dân xã Ia Grai"
 * @param references the legal bases, one paragraph each (printed as given)
 * @param appraiser who appraised, as the body of the notice names it, e.g. "Hội đồng thẩm định Chỉ
 *     số CCHC tỉnh Gia Lai"
 * @param year the year assessed
 * @param round the round, 1-based
 * @param changes the criteria whose appraised score differs from the unit's own, in index order
 * @param explanationUntil the last day the unit may explain, or {@code null} when the round has no
 *     explanation window (the last round)
 * @param copies further recipients of copies (the unit comes first by itself)
 * @param signer the signature block
 */
public record AppraisalNotice(
    String superiorBody,
    String issuingBody,
    String number,
    String place,
    LocalDate date,
    String subject,
    String addressee,
    List<String> references,
    String appraiser,
    int year,
    int round,
    List<Change> changes,
    LocalDate explanationUntil,
    List<String> copies,
    Signer signer) {

  public AppraisalNotice {
    Objects.requireNonNull(issuingBody, "issuingBody");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(addressee, "addressee");
    Objects.requireNonNull(appraiser, "appraiser");
    Objects.requireNonNull(signer, "signer");
    references = references == null ? List.of() : List.copyOf(references);
    changes = List.copyOf(changes);
    copies = copies == null ? List.of() : List.copyOf(copies);
  }

  /**
   * A changed criterion.
   *
   * @param code e.g. "1.2.1"
   * @param name the criterion's name
   * @param maxPoints its maximum
   * @param selfPoints the unit's own score
   * @param appraisedPoints the round's score
   * @param reason the appraisers' reason
   */
  public record Change(
      String code,
      String name,
      BigDecimal maxPoints,
      BigDecimal selfPoints,
      BigDecimal appraisedPoints,
      String reason) {

    public Change {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(selfPoints, "selfPoints");
      Objects.requireNonNull(appraisedPoints, "appraisedPoints");
    }

    Object field(String field) {
      return switch (field) {
        case "code" -> code;
        case "name" -> name;
        case "maxPoints" -> maxPoints;
        case "selfPoints" -> selfPoints;
        case "appraisedPoints" -> appraisedPoints;
        case "reason" -> reason;
        default -> throw new IllegalArgumentException("Unknown notice field: " + field);
      };
    }
  }
}
