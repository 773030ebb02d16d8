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
import java.util.Objects;

/** An office (phòng chuyên môn) of a unit; it self-scores the criteria assigned to it. */
@Entity
@Table(name = "office")
public class Office {
  public static final int CODE_LENGTH = 40;
  public static final int NAME_LENGTH = 200;

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

  protected Office() {}

  public Office(AssessedUnit unit, String code, String name, boolean consolidator) {
    this.unit = Objects.requireNonNull(unit);
    this.code = Objects.requireNonNull(code).strip();
    this.name = Objects.requireNonNull(name).strip();
    this.consolidator = consolidator;
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
}
