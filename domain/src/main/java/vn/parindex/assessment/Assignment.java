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
import java.util.Objects;
import vn.parindex.catalogue.Criterion;
import vn.parindex.organisation.Office;

/**
 * A criterion given to an office for an assessment. A shared criterion has two assignments; the
 * lead office's (chủ trì) score is the criterion's score.
 */
@Entity
@Table(name = "assignment")
public class Assignment {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assessment_id", nullable = false)
  private Assessment assessment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "criterion_id", nullable = false)
  private Criterion criterion;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "office_id", nullable = false)
  private Office office;

  @Column(name = "is_lead", nullable = false)
  private boolean lead;

  protected Assignment() {}

  public Assignment(Assessment assessment, Criterion criterion, Office office, boolean lead) {
    if (!criterion.isSelfAssessed()) {
      throw new IllegalArgumentException("Survey criteria are scored by the province");
    }
    this.assessment = Objects.requireNonNull(assessment);
    this.criterion = criterion;
    this.office = Objects.requireNonNull(office);
    this.lead = lead;
  }

  /** Makes this office lead (chủ trì) the criterion, or support it (phối hợp). */
  public void makeLead(boolean leads) {
    this.lead = leads;
  }

  /** Entities are equal when they are the same row; a new one only to itself. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Assignment other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return Assignment.class.hashCode();
  }

  public Long id() {
    return id;
  }

  public Assessment assessment() {
    return assessment;
  }

  public Criterion criterion() {
    return criterion;
  }

  public Office office() {
    return office;
  }

  public boolean isLead() {
    return lead;
  }
}
