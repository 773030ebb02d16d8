package vn.parindex.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The draft of the People's Committee's decision announcing a year's PAR index results (quyết định
 * công bố kết quả Chỉ số CCHC năm N), laid out as Decree 30/2020 wants, with one annex per block.
 * Every name of a body, the place and the signer are data: they follow the province and the kinds
 * of its bodies.
 *
 * @param issuingBody top left, e.g. "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI"
 * @param authority the body that decides, above "QUYẾT ĐỊNH:", e.g. "ỦY BAN NHÂN DÂN TỈNH GIA LAI"
 * @param authorityName the same in running text, e.g. "Ủy ban nhân dân tỉnh Gia Lai"
 * @param numberSuffix the sign after the number, e.g. "QĐ-UBND"
 * @param number the number ("15"), or the number with its sign ("15/QĐ-UBND"), or {@code null} to
 *     leave it blank for the clerk
 * @param place the place of issue, e.g. "Gia Lai"
 * @param date the date of issue, or {@code null} to leave dots for the clerk
 * @param year the year announced
 * @param assessed whom the decision announces, e.g. "các sở, ban, ngành và Ủy ban nhân dân các xã,
 *     phường"
 * @param references the legal bases, one paragraph each (printed as given)
 * @param proposer whose proposal the decision follows, e.g. "Giám đốc Sở Nội vụ"
 * @param executors who carry the decision out (Điều 3), e.g. "Chánh Văn phòng Ủy ban nhân dân tỉnh,
 *     Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các xã, phường"
 * @param monitor who follows up the remedial work (Điều 2), e.g. "Sở Nội vụ"
 * @param copies the recipients of copies
 * @param signer the signature block, e.g. "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
 * @param blocks one annex each, in order
 * @param footnote printed small under each annex, or {@code null}
 */
public record Announcement(
    String issuingBody,
    String authority,
    String authorityName,
    String numberSuffix,
    String number,
    String place,
    LocalDate date,
    int year,
    String assessed,
    List<String> references,
    String proposer,
    String executors,
    String monitor,
    List<String> copies,
    Signer signer,
    List<AnnouncementBlock> blocks,
    String footnote) {

  public Announcement {
    Objects.requireNonNull(issuingBody, "issuingBody");
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(authorityName, "authorityName");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(numberSuffix, "numberSuffix");
    Objects.requireNonNull(assessed, "assessed");
    Objects.requireNonNull(proposer, "proposer");
    Objects.requireNonNull(executors, "executors");
    Objects.requireNonNull(monitor, "monitor");
    Objects.requireNonNull(signer, "signer");
    references = references == null ? List.of() : List.copyOf(references);
    copies = copies == null ? List.of() : List.copyOf(copies);
    blocks = List.copyOf(blocks);
  }

  /** "15/QĐ-UBND", or {@code null} before the number is given. */
  public String numberAndSign() {
    if (number == null) {
      return null;
    }
    return number.contains("/") ? number : number + "/" + numberSuffix;
  }
}
