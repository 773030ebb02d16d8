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
import java.time.Instant;
import java.util.Objects;
import vn.parindex.catalogue.IndexVersion;

/** The record that an assessment moved from one index version to a revision of it. */
@Entity
@Table(name = "version_move")
public class VersionMove {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assessment_id", nullable = false)
  private Assessment assessment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "from_version_id", nullable = false)
  private IndexVersion from;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "to_version_id", nullable = false)
  private IndexVersion to;

  @Column(name = "moved_at", nullable = false)
  private Instant movedAt;

  @Column(name = "moved_by", length = 60, nullable = false)
  private String movedBy;

  protected VersionMove() {}

  public VersionMove(
      Assessment assessment, IndexVersion from, IndexVersion to, String by, Instant at) {
    this.assessment = Objects.requireNonNull(assessment);
    this.from = Objects.requireNonNull(from);
    this.to = Objects.requireNonNull(to);
    this.movedBy = Objects.requireNonNull(by);
    this.movedAt = Objects.requireNonNull(at);
  }

  public Long id() {
    return id;
  }

  public IndexVersion from() {
    return from;
  }

  public IndexVersion to() {
    return to;
  }

  public Instant movedAt() {
    return movedAt;
  }

  public String movedBy() {
    return movedBy;
  }
}
