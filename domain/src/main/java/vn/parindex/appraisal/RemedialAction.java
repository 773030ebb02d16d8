package vn.parindex.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.parindex.assessment.Assessment;
import vn.parindex.catalogue.Criterion;
import vn.parindex.kernel.CleanText;
import vn.parindex.organisation.Office;

/**
 * What a unit will do next year about a criterion where its approved result lost points (kế hoạch
 * khắc phục): the action, optionally the office of the unit that answers for it and the day it is
 * due. Next year's assessment of the unit shows it beside the criterion that continues this one.
 */
@Entity
@Table(name = "remedial_action")
public class RemedialAction {
  public static final int ACTION_LENGTH = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version
  @Column(name = "row_version", nullable = false)
  private long rowVersion;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assessment_id", nullable = false)
  private Assessment assessment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "criterion_id", nullable = false)
  private Criterion criterion;

  @Column(name = "action_text", length = ACTION_LENGTH, nullable = false)
  private String action;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "office_id")
  private Office office;

  @Column(name = "due_day")
  private LocalDate due;

  @Column(name = "recorded_by", length = 60, nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected RemedialAction() {}

  public RemedialAction(Assessment assessment, Criterion criterion) {
    this.assessment = Objects.requireNonNull(assessment);
    this.criterion = Objects.requireNonNull(criterion);
  }

  /**
   * Records the plan, replacing what was there.
   *
   * @param office one of the unit's own offices, or {@code null}
   * @param due the day it is due, or {@code null}; not before the end of the assessed year
   */
  public void plan(String text, Office office, LocalDate due, String by, Instant at) {
    String clean = text == null ? "" : CleanText.multiline("action", text).strip();
    if (clean.isEmpty()) {
      throw new AppraisalRefusal("action", "remedial.action.required", criterion.code());
    }
    if (clean.length() > ACTION_LENGTH) {
      throw new AppraisalRefusal("action", "remedial.action.tooLong", ACTION_LENGTH);
    }
    if (office != null && !office.unit().equals(assessment.unit())) {
      throw new AppraisalRefusal("office", "remedial.office.foreign");
    }
    if (due != null && due.getYear() <= assessment.year()) {
      throw new AppraisalRefusal("due", "remedial.due.tooEarly", assessment.year() + 1);
    }
    this.action = clean;
    this.office = office;
    this.due = due;
    this.recordedBy = Objects.requireNonNull(by);
    this.recordedAt = Objects.requireNonNull(at);
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

  public String action() {
    return action;
  }

  public Optional<Office> office() {
    return Optional.ofNullable(office);
  }

  public Optional<LocalDate> due() {
    return Optional.ofNullable(due);
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
