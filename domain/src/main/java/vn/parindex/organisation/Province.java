package vn.parindex.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.parindex.kernel.CleanText;

/**
 * A province at the top of the organisation: it runs the yearly campaign through its Sở Nội vụ and
 * ranks its units within blocks. Since July 2025 its units are its departments and its communes.
 */
@Entity
@Table(name = "province")
public class Province {
  public static final int NAME_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name", length = NAME_LENGTH, nullable = false, unique = true)
  private String name;

  /** Demo data, not a real province's: the portal says so wherever it shows the name. */
  @Column(name = "illustrative", nullable = false)
  private boolean illustrative;

  protected Province() {}

  public Province(String name, boolean illustrative) {
    rename(name);
    this.illustrative = illustrative;
  }

  public final void rename(String newName) {
    String clean = newName == null ? "" : CleanText.line("name", newName.strip());
    if (clean.isEmpty()) {
      throw new OrganisationRuleException("name", "organisation.province.name.required");
    }
    if (clean.length() > NAME_LENGTH) {
      throw new OrganisationRuleException(
          "name", "organisation.province.name.tooLong", NAME_LENGTH);
    }
    this.name = clean;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Province other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Province.class.hashCode();
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public boolean illustrative() {
    return illustrative;
  }
}
