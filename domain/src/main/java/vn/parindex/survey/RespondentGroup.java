package vn.parindex.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * How many survey forms went to one group of respondents and how many came back, as the survey
 * operator reports it (Gia Lai 2025: about 1,600 forms for its agencies, 600 for its communes).
 */
@Embeddable
public class RespondentGroup {
  public static final int NAME_LENGTH = 200;

  @Column(name = "group_name", length = NAME_LENGTH, nullable = false)
  private String name;

  @Column(name = "forms_sent")
  private Integer sent;

  @Column(name = "forms_returned")
  private Integer returned;

  protected RespondentGroup() {}

  /**
   * @throws IllegalArgumentException for a blank or too long name, a negative count, or more forms
   *     returned than sent
   */
  public RespondentGroup(String name, Integer sent, Integer returned) {
    String clean = Objects.requireNonNull(name, "name").strip();
    if (clean.isEmpty() || clean.length() > NAME_LENGTH) {
      throw new IllegalArgumentException("A respondent group needs a name of 1 to 200 characters");
    }
    if ((sent != null && sent < 0) || (returned != null && returned < 0)) {
      throw new IllegalArgumentException("Form counts are never negative");
    }
    if (sent != null && returned != null && returned > sent) {
      throw new IllegalArgumentException("More forms returned than sent");
    }
    this.name = clean;
    this.sent = sent;
    this.returned = returned;
  }

  public String name() {
    return name;
  }

  public Integer sent() {
    return sent;
  }

  public Integer returned() {
    return returned;
  }
}
