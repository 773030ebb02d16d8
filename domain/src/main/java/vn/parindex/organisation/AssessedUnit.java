package vn.parindex.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/** A unit whose PAR index is assessed, e.g. UBND huyện An Lão; its level is data, not a type. */
@Entity
@Table(name = "assessed_unit")
public class AssessedUnit {
  public static final int NAME_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Size(max = NAME_LENGTH)
  @Column(name = "name", length = NAME_LENGTH, nullable = false)
  private String name;

  @NotBlank
  @Size(max = 40)
  @Column(name = "unit_level", length = 40, nullable = false)
  private String level;

  /** The body above it, printed in the letterhead (UBND TỈNH BÌNH ĐỊNH). */
  @Size(max = NAME_LENGTH)
  @Column(name = "superior_name", length = NAME_LENGTH)
  private String superiorName;

  /** The place printed in the date line of its documents ("An Lão, ngày ..."). */
  @Size(max = 100)
  @Column(name = "place_name", length = 100, nullable = false)
  private String placeName;

  protected AssessedUnit() {}

  public AssessedUnit(String name, String level, String superiorName, String placeName) {
    this.name = Objects.requireNonNull(name).strip();
    this.level = Objects.requireNonNull(level).strip();
    this.superiorName = superiorName;
    this.placeName = Objects.requireNonNull(placeName).strip();
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public String level() {
    return level;
  }

  public String superiorName() {
    return superiorName;
  }

  public String placeName() {
    return placeName;
  }
}
