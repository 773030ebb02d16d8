package vn.parindex.assessment;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.parindex.appraisal.AppraisalRefusal;
import vn.parindex.appraisal.Campaign;
import vn.parindex.catalogue.DecisionRef;
import vn.parindex.catalogue.IndexVersion;
import vn.parindex.catalogue.VersionStatus;
import vn.parindex.organisation.AssessedUnit;

/**
 * One unit × one year × one published index version, with the deadline set by the Chairman. It is
 * prepared first (criteria assigned, the Chairman's directive and the province's guidance recorded
 * when they are known) and offices change nothing until the consolidating office opens it, which it
 * may do only once every self-assessed criterion has an office.
 */
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

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 12, nullable = false)
  private AssessmentStatus status;

  /** The Chairman's directive that assigns the criteria; often signed only once they are. */
  @Embedded
  @AttributeOverrides({
    @AttributeOverride(
        name = "number",
        column = @Column(name = "directive_number", length = DecisionRef.NUMBER_LENGTH)),
    @AttributeOverride(name = "date", column = @Column(name = "directive_date")),
    @AttributeOverride(
        name = "issuer",
        column = @Column(name = "directive_issuer", length = DecisionRef.ISSUER_LENGTH))
  })
  private DecisionRef directive;

  /** The province's guidance on how to self-assess (e.g. 1847/HD-SNV of Sở Nội vụ). */
  @Embedded
  @AttributeOverrides({
    @AttributeOverride(
        name = "number",
        column = @Column(name = "guidance_number", length = DecisionRef.NUMBER_LENGTH)),
    @AttributeOverride(name = "date", column = @Column(name = "guidance_date")),
    @AttributeOverride(
        name = "issuer",
        column = @Column(name = "guidance_issuer", length = DecisionRef.ISSUER_LENGTH))
  })
  private DecisionRef guidance;

  /** The province's campaign the assessment belongs to; none for a unit run on its own. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "campaign_id")
  private Campaign campaign;

  protected Assessment() {}

  public Assessment(AssessedUnit unit, IndexVersion version, int year, LocalDate deadline) {
    if (version.status() != VersionStatus.PUBLISHED) {
      throw new IllegalArgumentException("An assessment needs a published index version");
    }
    this.unit = Objects.requireNonNull(unit);
    this.version = version;
    this.year = year;
    this.deadline = Objects.requireNonNull(deadline);
    this.status = AssessmentStatus.PREPARING;
  }

  /**
   * Opens the assessment to its offices. Refused while it is already open or while any
   * self-assessed criterion is assigned to nobody: the caller passes the codes of those, which only
   * it can find out from the assignments.
   */
  public void open(List<String> unassignedCodes) {
    if (status == AssessmentStatus.OPEN || !unassignedCodes.isEmpty()) {
      throw new AssessmentNotOpenableException(status, unassignedCodes);
    }
    this.status = AssessmentStatus.OPEN;
  }

  /**
   * Records the directive and the guidance the assessment follows; either may be unknown (null),
   * while preparing or once open, since a directive is often signed after the assignment is made.
   */
  public void describe(DecisionRef newDirective, DecisionRef newGuidance) {
    this.directive = newDirective;
    this.guidance = newGuidance;
  }

  public boolean isOpen() {
    return status == AssessmentStatus.OPEN;
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

  /**
   * Makes the assessment part of a province's campaign: the unit must be of the campaign's
   * province, and the assessment on the version its block uses.
   */
  public void joinCampaign(Campaign newCampaign) {
    boolean sameVersion =
        unit.block().flatMap(newCampaign::versionOf).map(version::equals).orElse(false);
    if (!sameVersion) {
      throw new AppraisalRefusal("campaign", "appraisal.campaign.unitNotInBlock", unit.name());
    }
    this.campaign = newCampaign;
  }

  public Optional<Campaign> campaign() {
    return Optional.ofNullable(campaign);
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

  public AssessmentStatus status() {
    return status;
  }

  /** The Chairman's directive, if recorded. */
  public DecisionRef directive() {
    return directive;
  }

  /** The province's guidance document, if recorded. */
  public DecisionRef guidance() {
    return guidance;
  }
}
