package vn.parindex.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/** The legal act behind a document: number, date and issuer, e.g. 3507/QĐ-UBND of 21/9/2023. */
@Embeddable
public class DecisionRef {
  public static final int NUMBER_LENGTH = 60;
  public static final int ISSUER_LENGTH = 200;

  @NotBlank
  @Size(max = NUMBER_LENGTH)
  @Column(name = "decision_number", length = NUMBER_LENGTH, nullable = false)
  private String number;

  @NotNull
  @Column(name = "decision_date", nullable = false)
  private LocalDate date;

  @NotBlank
  @Size(max = ISSUER_LENGTH)
  @Column(name = "decision_issuer", length = ISSUER_LENGTH, nullable = false)
  private String issuer;

  protected DecisionRef() {}

  public DecisionRef(String number, LocalDate date, String issuer) {
    this.number = requireText(number, "number");
    this.date = Objects.requireNonNull(date, "date");
    this.issuer = requireText(issuer, "issuer");
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("A decision needs a " + what);
    }
    return value.strip();
  }

  /** As the history and the lists show it: "3507/QĐ-UBND, 2023-09-21, UBND tỉnh Bình Định". */
  public String describe() {
    return number + ", " + date + ", " + issuer;
  }

  public String number() {
    return number;
  }

  public LocalDate date() {
    return date;
  }

  public String issuer() {
    return issuer;
  }
}
