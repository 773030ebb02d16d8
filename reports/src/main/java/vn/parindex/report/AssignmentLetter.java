package vn.parindex.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on the official letter (công văn) by which the assessed unit assigns the
 * criteria of the index to its offices for self-assessment, laid out as the unit's own directive
 * (An Lão 2023) and Decree 30/2020 lay out a letter: the issuing body with the number and the
 * subject (V/v …), the national motto with the place and date, the recipients, the legal bases, the
 * general instruction (item 1) citing the province's decision and guidance with one sub-item per
 * office (1.1, 1.2 …) and its criteria, the deadline (item 2), the note on supporting documents,
 * the copies and the signature block.
 *
 * @param issuingBody the letterhead as data has the unit, one line each, e.g. "ỦY BAN NHÂN
 *     DÂN\nHUYỆN AN LÃO"
 * @param unitName the unit as the text names itself, e.g. "Ủy ban nhân dân huyện" ("Chủ tịch …")
 * @param unitShortName the unit abbreviated, e.g. "UBND huyện" ("… được UBND huyện giao", copies)
 * @param place the place of issue, e.g. "An Lão"; null prints the date line without a place
 * @param number the letter's number and sign, e.g. "2024/UBND-NV"; only the sign ("/UBND") or
 *     {@code null} leaves room to write the number by hand
 * @param date the date of issue, or {@code null} to leave day and month blank for the clerk
 * @param subject the summary of the subject (trích yếu), printed after "V/v "
 * @param recipients the offices the letter is addressed to (Kính gửi)
 * @param references the legal bases, one paragraph each; one that does not start with "Căn cứ" or
 *     "Thực hiện" gets "Căn cứ " in front of it, and its own closing punctuation is kept
 * @param year the year assessed
 * @param indexDecision the province's decision that issued the index, or {@code null}
 * @param guidance the province's guidance on self-assessment, or {@code null} when not recorded
 * @param sections one per office, in print order
 * @param consolidator the office that collects the results, e.g. "Phòng Nội vụ"
 * @param reportedTo the province's department the results are reported to as well, e.g. "Sở Nội vụ
 *     tỉnh Bình Định", or {@code null}
 * @param deadline the day by which the offices send their results
 * @param signerTitle e.g. "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
 * @param signerName the signer, or {@code null} to leave the line for the hand
 */
public record AssignmentLetter(
    String issuingBody,
    String unitName,
    String unitShortName,
    String place,
    String number,
    LocalDate date,
    String subject,
    List<String> recipients,
    List<String> references,
    int year,
    Basis indexDecision,
    Basis guidance,
    List<AssignmentLetterSection> sections,
    String consolidator,
    String reportedTo,
    LocalDate deadline,
    String signerTitle,
    String signerName) {

  public AssignmentLetter {
    Objects.requireNonNull(issuingBody, "issuingBody");
    Objects.requireNonNull(unitName, "unitName");
    Objects.requireNonNull(unitShortName, "unitShortName");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(consolidator, "consolidator");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(signerTitle, "signerTitle");
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
    references = references == null ? List.of() : List.copyOf(references);
    sections = List.copyOf(sections);
  }

  /** Whether the letter is dated after its own deadline: the offices could not meet it. */
  public boolean datedAfterDeadline() {
    return date != null && date.isAfter(deadline);
  }

  /**
   * A document the letter cites: "Quyết định số 3507/QĐ-UBND ngày 21/9/2023 của UBND tỉnh Bình
   * Định".
   *
   * @param number e.g. "1847/HD-SNV"
   * @param date its date
   * @param issuer who issued it, as data has it
   */
  public record Basis(String number, LocalDate date, String issuer) {
    public Basis {
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(issuer, "issuer");
    }
  }
}
