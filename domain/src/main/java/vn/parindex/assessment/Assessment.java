package vn.parindex.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.catalogue.VersionStatus;
import vn.parindex.organisation.AssessedUnit;

/** One unit × one year × one published index version, with the deadline set by the Chairman. */
@Entity
@Table(name = "assessment")
public class Assessment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id", nullable = false)
  private AssessedUnit unit;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_id", nullable = false)
  private IndexVersion version;

  @Column(name = "assessment_year", nullable = false)
  private int year;

  @Column(name = "deadline", nullable = false)
  private LocalDate deadline;

  protected Assessment() {}

  public Assessment(AssessedUnit unit, IndexVersion version, int year, LocalDate deadline) {
    if (version.status() != VersionStatus.PUBLISHED) {
      throw new IllegalArgumentException("An assessment needs a published index version");
    }
    this.unit = Objects.requireNonNull(unit);
    this.version = version;
    this.year = year;
    this.deadline = Objects.requireNonNull(deadline);
  }

  /**
   * Points the assessment at a revised version of its index (an amendment mid-year). What happens
   * to each criterion is the caller's plan; the assessment only insists on a published version.
   */
  public void moveTo(IndexVersion revised) {
    if (revised.status() != VersionStatus.PUBLISHED) {
      throw new IllegalArgumentException("An assessment moves only to a published version");
    }
    if (revised.equals(version)) {
      throw new IllegalArgumentException("The assessment already follows " + revised.name());
    }
    this.version = revised;
  }

  /** The consolidator moves the deadline; offices then have until the end of that day. */
  public void setDeadline(LocalDate newDeadline) {
    this.deadline = Objects.requireNonNull(newDeadline);
  }

  /** Offices may change their scores up to and including the deadline day. */
  public boolean acceptsChangesOn(LocalDate day) {
    return !day.isAfter(deadline);
  }

  /**
   * Whether an office is late: it has not handed in all its criteria, the deadline has passed and
   * no extension (the latest one granted, if any) still runs.
   */
  public boolean isOverdue(boolean officeFinished, LocalDate extendedUntil, LocalDate today) {
    return !officeFinished
        && !acceptsChangesOn(today)
        && (extendedUntil == null || extendedUntil.isBefore(today));
  }

  /** Entities are equal when they are the same row; a new one only to itself. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Assessment other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Assessment.class.hashCode();
  }

  public Long id() {
    return id;
  }

  public AssessedUnit unit() {
    return unit;
  }

  public IndexVersion version() {
    return version;
  }

  public int year() {
    return year;
  }

  public LocalDate deadline() {
    return deadline;
  }
}
