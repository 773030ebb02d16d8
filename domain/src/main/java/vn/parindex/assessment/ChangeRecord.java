package vn.parindex.assessment;

import jakarta.persistence.Column;
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
import java.time.Instant;
import java.util.Objects;
import vn.parindex.catalogue.Criterion;

/**
 * One change of an assessment, kept for good: who changed what, when, from which value to which.
 * Rows are only ever added; nothing updates or deletes them.
 */
@Entity
@Table(name = "change_record")
public class ChangeRecord {
  public static final int VALUE_LENGTH = 4000;

  /** What changed. */
  public enum Kind {
    SCORE,
    STATUS,
    EVIDENCE_LINKED,
    EVIDENCE_UNLINKED,
    DEADLINE,
    EXTENSION,
    /** Survey points entered by the consolidating office (no assignment: no office holds it). */
    SURVEY,
    /** Who holds a criterion: old and new holders with their roles. */
    ASSIGNMENT,
    /** The assessment was created or opened. */
    ASSESSMENT,
    DIRECTIVE,
    GUIDANCE,
    /** Submitted to the province, or returned by it. */
    SUBMISSION,
    /** An appraiser's decision on a criterion, with its round and reason. */
    APPRAISAL,
    /** The unit's answer to an appraised criterion. */
    EXPLANATION,
    /** The council approved the unit's block, or reopened it. */
    APPROVAL,
    /** Bonus or penalty points entered, changed or cleared by the province, with the reason. */
    ADJUSTMENT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assessment_id", nullable = false)
  private Assessment assessment;

  /** The office's criterion it concerns; null for a change of the whole assessment. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "assignment_id")
  private Assignment assignment;

  /**
   * The criterion whose holders changed, for {@link Kind#ASSIGNMENT} records only. They name the
   * criterion rather than an assignment because unassigning deletes the assignment row, and the
   * record of that must stay.
   */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "criterion_id")
  private Criterion criterion;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false)
  private Kind kind;

  @Column(name = "old_value", length = VALUE_LENGTH)
  private String oldValue;

  @Column(name = "new_value", length = VALUE_LENGTH)
  private String newValue;

  @Column(name = "changed_by", length = 60, nullable = false)
  private String changedBy;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  /** Why: an appraiser's reason, a returned submission's, a reopened approval's. */
  @Column(name = "reason", length = 2000)
  private String reason;

  protected ChangeRecord() {}

  public ChangeRecord(
      Assessment assessment,
      Assignment assignment,
      Kind kind,
      String oldValue,
      String newValue,
      String by,
      Instant at) {
    this.assessment = Objects.requireNonNull(assessment);
    this.assignment = assignment;
    this.kind = Objects.requireNonNull(kind);
    this.oldValue = clip(oldValue);
    this.newValue = clip(newValue);
    this.changedBy = Objects.requireNonNull(by);
    this.changedAt = Objects.requireNonNull(at);
  }

  /** A change of who holds a criterion: which offices, which leads. */
  public static ChangeRecord ofAssignment(
      Assessment assessment,
      Criterion criterion,
      String oldHolders,
      String newHolders,
      String by,
      Instant at) {
    ChangeRecord record =
        new ChangeRecord(assessment, null, Kind.ASSIGNMENT, oldHolders, newHolders, by, at);
    record.criterion = Objects.requireNonNull(criterion);
    return record;
  }

  /** A change of the province's cycle, which always says why when a reason was given. */
  public static ChangeRecord withReason(
      Assessment assessment,
      Criterion criterion,
      Kind kind,
      String oldValue,
      String newValue,
      String reason,
      String by,
      Instant at) {
    ChangeRecord record = new ChangeRecord(assessment, null, kind, oldValue, newValue, by, at);
    record.criterion = criterion;
    record.reason = reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
    return record;
  }

  private static String clip(String value) {
    return value == null || value.length() <= VALUE_LENGTH
        ? value
        : value.substring(0, VALUE_LENGTH);
  }

  public Long id() {
    return id;
  }

  public Assignment assignment() {
    return assignment;
  }

  /** The criterion of an assignment change; null for other records. */
  public Criterion criterion() {
    return criterion;
  }

  public Kind kind() {
    return kind;
  }

  public String oldValue() {
    return oldValue;
  }

  public String newValue() {
    return newValue;
  }

  public String changedBy() {
    return changedBy;
  }

  public String reason() {
    return reason;
  }

  public Instant changedAt() {
    return changedAt;
  }
}
