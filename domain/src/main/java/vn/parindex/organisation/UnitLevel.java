package vn.parindex.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import vn.parindex.kernel.CleanText;

/**
 * A level of administration an index applies to: province department, district, commune, or one an
 * administrator adds when the administrative map changes (districts were abolished in 2025).
 */
@Entity
@Table(name = "unit_level")
@NamedQuery(name = UnitLevel.ALL, query = "select l from UnitLevel l order by l.name")
public class UnitLevel {
  public static final String ALL = "UnitLevel.all";
  public static final int CODE_LENGTH = 40;
  public static final int NAME_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Size(max = CODE_LENGTH)
  @Pattern(regexp = "[a-z0-9-]+")
  @Column(name = "code", length = CODE_LENGTH, nullable = false, unique = true)
  private String code;

  @NotBlank
  @Size(max = NAME_LENGTH)
  @Column(name = "name", length = NAME_LENGTH, nullable = false)
  private String name;

  protected UnitLevel() {}

  public UnitLevel(String code, String name) {
    this.code = Objects.requireNonNull(code).strip();
    this.name = Objects.requireNonNull(name).strip();
  }

  /** Names the level again (districts became "former districts"); its code stays. */
  public void rename(String newName) {
    String clean = newName == null ? "" : CleanText.line("name", newName).strip();
    if (clean.isEmpty()) {
      throw new OrganisationRuleException("name", "unitLevel.name.required");
    }
    if (clean.length() > NAME_LENGTH) {
      throw new OrganisationRuleException("name", "unitLevel.name.tooLong", NAME_LENGTH);
    }
    this.name = clean;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }
}
