package vn.parindex.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on the official letter (công văn) by which the assessed unit assigns the
 * criteria of the index to its offices for self-assessment, as Decree 30/2020 lays out a letter:
 * the issuing body with the number and the subject (V/v …), the national motto with the place and
 * date, the recipients, the legal bases, one numbered section per office with its criteria, the
 * deadline and the note on supporting documents, the copies and the signature block.
 *
 * @param unitName the assessed unit as data has it, e.g. "UBND huyện An Lão"; printed upper-cased
 *     as the issuing body and as is in the body of the letter
 * @param place the place of issue, e.g. "An Lão"; null prints the date line without a place
 * @param number the letter's number and sign, e.g. "2024/UBND-NV" (printed after "Số: ")
 * @param date the date of issue
 * @param subject the summary of the subject (trích yếu), printed after "V/v "
 * @param recipients the offices the letter is addressed to (Kính gửi), printed again under "Nơi
 *     nhận"
 * @param references the legal bases, one paragraph each; one that does not start with "Căn cứ" or
 *     "Thực hiện" gets "Căn cứ " in front of it
 * @param year the year assessed
 * @param sections one per office, in print order
 * @param consolidator the office that collects the results, e.g. "Phòng Nội vụ"
 * @param deadline the day by which the offices send their results
 * @param signerTitle e.g. "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
 * @param signerName the signer, or {@code null} to leave the line for the hand
 */
public record AssignmentLetter(
    String unitName,
    String place,
    String number,
    LocalDate date,
    String subject,
    List<String> recipients,
    List<String> references,
    int year,
    List<AssignmentLetterSection> sections,
    String consolidator,
    LocalDate deadline,
    String signerTitle,
    String signerName) {

  public AssignmentLetter {
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(consolidator, "consolidator");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(signerTitle, "signerTitle");
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
    references = references == null ? List.of() : List.copyOf(references);
    sections = List.copyOf(sections);
  }
}
