package vn.parindex.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;
import vn.parindex.assessment.Assignment;

/**
 * A document supporting one criterion of its office: the link from an {@link Evidence} to an {@link
 * Assignment}. A pair is linked at most once. Made by {@link Evidence#supports}.
 */
@Entity
@Table(
    name = "evidence_link",
    uniqueConstraints =
        @UniqueConstraint(
            name = "uq_evidence_link",
            columnNames = {"evidence_id", "assignment_id"}))
public class EvidenceLink {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "evidence_id", nullable = false)
  private Evidence evidence;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assignment_id", nullable = false)
  private Assignment assignment;

  @Column(name = "linked_by", length = 60, nullable = false)
  private String linkedBy;

  @Column(name = "linked_at", nullable = false)
  private Instant linkedAt;

  protected EvidenceLink() {}

  EvidenceLink(Evidence evidence, Assignment assignment, String linkedBy, Instant linkedAt) {
    this.evidence = Objects.requireNonNull(evidence, "evidence");
    this.assignment = Objects.requireNonNull(assignment, "assignment");
    if (linkedBy == null || linkedBy.isBlank()) {
      throw new IllegalArgumentException("Who linked the document must be known");
    }
    this.linkedBy = linkedBy;
    this.linkedAt = Objects.requireNonNull(linkedAt, "linkedAt");
  }

  /** Entities are equal when they are the same row; a new one only to itself. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof EvidenceLink other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return EvidenceLink.class.hashCode();
  }

  public Long id() {
    return id;
  }

  public Evidence evidence() {
    return evidence;
  }

  public Assignment assignment() {
    return assignment;
  }

  public String linkedBy() {
    return linkedBy;
  }

  public Instant linkedAt() {
    return linkedAt;
  }
}
