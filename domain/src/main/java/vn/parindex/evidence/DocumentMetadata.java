package vn.parindex.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.SignStyle;
import java.time.temporal.ChronoField;
import java.util.Objects;
import vn.parindex.kernel.CleanText;
import vn.parindex.kernel.Refusal;

/**
 * What identifies an administrative document: its number and symbol (số ký hiệu, e.g.
 * "15/BC-UBND"), date, issuer and summary (trích yếu). The number may be absent (a photo of an
 * event has none); the rest is required.
 */
@Embeddable
public class DocumentMetadata {
  public static final int NUMBER_LENGTH = 60;
  public static final int ISSUER_LENGTH = 200;
  public static final int SUMMARY_LENGTH = 1000;

  @Size(max = NUMBER_LENGTH)
  @Column(name = "document_number", length = NUMBER_LENGTH)
  private String number;

  @NotNull
  @Column(name = "document_date", nullable = false)
  private LocalDate date;

  @NotBlank
  @Size(max = ISSUER_LENGTH)
  @Column(name = "issuer", length = ISSUER_LENGTH, nullable = false)
  private String issuer;

  @NotBlank
  @Size(max = SUMMARY_LENGTH)
  @Column(name = "summary", length = SUMMARY_LENGTH, nullable = false)
  private String summary;

  /**
   * The earliest date a document may have: the founding of the Democratic Republic of Vietnam, 2
   * September 1945. No administrative document of the state is older.
   */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1945, 9, 2);

  /** dd/MM/yyyy, with a year of five digits written plainly too ("01/01/99999"). */
  private static final DateTimeFormatter DAY =
      new DateTimeFormatterBuilder()
          .appendPattern("dd/MM/")
          .appendValue(ChronoField.YEAR, 4, 10, SignStyle.NORMAL)
          .toFormatter();

  protected DocumentMetadata() {}

  /** As {@link #DocumentMetadata(String, LocalDate, String, String, LocalDate)} on today's date. */
  public DocumentMetadata(String number, LocalDate date, String issuer, String summary) {
    this(number, date, issuer, summary, LocalDate.now());
  }

  /**
   * Checks and keeps the values, stripped of surrounding spaces and {@link CleanText clean}: one
   * line each, NFC, without control characters or bidirectional overrides.
   *
   * @param today the assessment calendar's today, which bounds the date from above
   * @throws InvalidEvidenceException naming the first value that is missing, too long or holds a
   *     forbidden character, or a date outside {@link #EARLIEST_DATE} .. {@link
   *     #latestDate(LocalDate)} (arguments: the date and both bounds)
   */
  public DocumentMetadata(
      String number, LocalDate date, String issuer, String summary, LocalDate today) {
    this.number = optional(number, "number", NUMBER_LENGTH);
    if (date == null) {
      throw new InvalidEvidenceException("date", "evidence.date.required");
    }
    LocalDate latest = latestDate(today);
    if (date.isBefore(EARLIEST_DATE) || date.isAfter(latest)) {
      throw new InvalidEvidenceException(
          "date",
          "evidence.date.outOfRange",
          DAY.format(date),
          DAY.format(EARLIEST_DATE),
          DAY.format(latest));
    }
    this.date = date;
    this.issuer = required(issuer, "issuer", ISSUER_LENGTH);
    this.summary = required(summary, "summary", SUMMARY_LENGTH);
  }

  private static String optional(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped;
    try {
      stripped = CleanText.line(field, value).strip();
    } catch (Refusal e) {
      // The same refusal, as the evidence rules' own kind, which the services translate.
      throw new InvalidEvidenceException(field, e.messageKey(), e.arguments());
    }
    if (stripped.length() > maxLength) {
      throw new InvalidEvidenceException(field, "evidence." + field + ".tooLong", maxLength);
    }
    return stripped;
  }

  private static String required(String value, String field, int maxLength) {
    String stripped = optional(value, field, maxLength);
    if (stripped == null) {
      throw new InvalidEvidenceException(field, "evidence." + field + ".required");
    }
    return stripped;
  }

  /**
   * The latest date a document may have: the end of next year. A plan may be dated ahead, a year
   * 99999 is a typing mistake.
   */
  public static LocalDate latestDate(LocalDate today) {
    return LocalDate.of(today.getYear() + 1, 12, 31);
  }

  /**
   * Whether the document is dated in another year than the one assessed: worth a second look by the
   * consolidator, not a reason to refuse it (a plan of December may prove next year's work).
   */
  public boolean isDatedOutside(int year) {
    return date.getYear() != year;
  }

  /** The number and symbol, or null when the document has none. */
  public String number() {
    return number;
  }

  public LocalDate date() {
    return date;
  }

  public String issuer() {
    return issuer;
  }

  public String summary() {
    return summary;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentMetadata other
        && Objects.equals(number, other.number)
        && date.equals(other.date)
        && issuer.equals(other.issuer)
        && summary.equals(other.summary);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, date, issuer, summary);
  }
}
