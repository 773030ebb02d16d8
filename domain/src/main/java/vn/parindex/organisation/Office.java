package vn.parindex.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;
import vn.parindex.kernel.CleanText;

/** An office (phòng chuyên môn) of a unit; it self-scores the criteria assigned to it. */
@Entity
@Table(name = "office")
public class Office {
  public static final int CODE_LENGTH = 40;
  public static final int NAME_LENGTH = 200;
  public static final int HEAD_TITLE_LENGTH = 200;
  public static final String HEAD_TITLE = "TRƯỞNG PHÒNG";
  public static final String OFFICE_OF_UNIT_HEAD_TITLE = "CHÁNH VĂN PHÒNG";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private AssessedUnit unit;

  @NotBlank
  @Size(max = CODE_LENGTH)
  @Column(name = "code", length = CODE_LENGTH, nullable = false)
  private String code;

  @NotBlank
  @Size(max = NAME_LENGTH)
  @Column(name = "name", length = NAME_LENGTH, nullable = false)
  private String name;

  /** The office that consolidates the unit's scores (Phòng Nội vụ in a district). */
  @Column(name = "consolidator", nullable = false)
  private boolean consolidator;

  /**
   * False once the office was abolished or merged: it keeps its history (assignments, evidence,
   * accounts) but takes no new users and cannot consolidate.
   */
  @Column(name = "active", nullable = false)
  private boolean active = true;

  /** The title above its head's signature on the office's scorecard ("TRƯỞNG PHÒNG"). */
  @Column(name = "head_title", length = HEAD_TITLE_LENGTH, nullable = false)
  private String headTitle = HEAD_TITLE;

  protected Office() {}

  /** A new office; its code names it in addresses: letters, digits and inner dots or dashes. */
  public Office(AssessedUnit unit, String code, String name, boolean consolidator) {
    this.unit = Objects.requireNonNull(unit);
    String checkedCode = code == null ? "" : code.strip();
    if (!checkedCode.matches("[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?")
        || checkedCode.length() > CODE_LENGTH) {
      throw new OrganisationRuleException("code", "organisation.office.code.invalid", CODE_LENGTH);
    }
    this.code = checkedCode;
    rename(name);
    this.consolidator = consolidator;
    this.headTitle =
        this.name.toLowerCase(Locale.ROOT).startsWith("văn phòng")
            ? OFFICE_OF_UNIT_HEAD_TITLE
            : HEAD_TITLE;
  }

  /**
   * Changes the title its head signs with; a Văn phòng starts with "CHÁNH VĂN PHÒNG", any other
   * office with "TRƯỞNG PHÒNG". Line breaks are kept (a deputy signing for the head).
   */
  public void entitleHead(String title) {
    String checked = title == null ? "" : CleanText.multiline("headTitle", title).strip();
    if (checked.isEmpty()) {
      throw new OrganisationRuleException("headTitle", "organisation.office.headTitle.required");
    }
    if (checked.length() > HEAD_TITLE_LENGTH) {
      throw new OrganisationRuleException(
          "headTitle", "organisation.office.headTitle.tooLong", HEAD_TITLE_LENGTH);
    }
    this.headTitle = checked;
  }

  public void rename(String newName) {
    String checked = newName == null ? "" : CleanText.line("name", newName.strip());
    if (checked.isEmpty()) {
      throw new OrganisationRuleException("name", "organisation.office.name.required");
    }
    if (checked.length() > NAME_LENGTH) {
      throw new OrganisationRuleException("name", "organisation.office.name.tooLong", NAME_LENGTH);
    }
    this.name = checked;
  }

  /**
   * This office now consolidates the unit's scores. The unit has one consolidating office: the
   * caller stops the previous one ({@link #stopConsolidating()}).
   */
  public void makeConsolidating() {
    if (!active) {
      throw new OrganisationRuleException(
          "consolidating", "organisation.office.inactiveCannotConsolidate", name);
    }
    this.consolidator = true;
  }

  /** Another office takes over; the service first makes sure no consolidator is left here. */
  public void stopConsolidating() {
    this.consolidator = false;
  }

  /**
   * Keeps the office and everything that refers to it, but no longer offers it for new work. The
   * consolidating office stays active until another one takes over.
   */
  public void deactivate() {
    if (consolidator) {
      throw new OrganisationRuleException(
          "active", "organisation.office.consolidatingCannotDeactivate", name);
    }
    this.active = false;
  }

  public void reactivate() {
    this.active = true;
  }

  /** Entities are equal when they are the same row; a new one only to itself. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Office other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Office.class.hashCode();
  }

  public Long id() {
    return id;
  }

  public AssessedUnit unit() {
    return unit;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public boolean isConsolidator() {
    return consolidator;
  }

  public String headTitle() {
    return headTitle;
  }

  public boolean isActive() {
    return active;
  }
}
