package vn.parindex.report;

import java.util.Objects;

/**
 * One document of the evidence index (danh mục tài liệu kiểm chứng).
 *
 * @param office the office that uploaded it: the rows are grouped by it, in the given order
 * @param stt the running number within the office
 * @param number the number and symbol (số ký hiệu), or {@code null} when it has none
 * @param date the date as printed (dd/MM/yyyy)
 * @param issuer the issuing body
 * @param summary the summary (trích yếu)
 * @param criteria the codes of the criteria it supports, e.g. "2.1; 2.3"
 */
public record EvidenceIndexRow(
    String office,
    int stt,
    String number,
    String date,
    String issuer,
    String summary,
    String criteria) {

  public EvidenceIndexRow {
    Objects.requireNonNull(office, "office");
    Objects.requireNonNull(summary, "summary");
  }

  Object field(String field) {
    return switch (field) {
      case "office" -> office;
      case "stt" -> stt;
      case "number" -> number;
      case "date" -> date;
      case "issuer" -> issuer;
      case "summary" -> summary;
      case "criteria" -> criteria;
      default -> throw new IllegalArgumentException("Unknown evidence index field: " + field);
    };
  }
}
