package vn.parindex.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
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

  protected DocumentMetadata() {}

  /**
   * Checks and keeps the values, stripped of surrounding spaces and {@link CleanText clean}: one
   * line each, NFC, without control characters or bidirectional overrides.
   *
   * @throws InvalidEvidenceException naming the first value that is missing, too long or holds a
   *     forbidden character
   */
  public DocumentMetadata(String number, LocalDate date, String issuer, String summary) {
    this.number = optional(number, "number", NUMBER_LENGTH);
    if (date == null) {
      throw new InvalidEvidenceException("date", "evidence.date.required");
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
