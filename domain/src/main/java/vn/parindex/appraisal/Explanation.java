package vn.parindex.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.parindex.assessment.Assessment;
import vn.parindex.catalogue.Criterion;
import vn.parindex.evidence.Evidence;
import vn.parindex.kernel.CleanText;

/**
 * A unit's answer (giải trình) to a changed criterion of a round: it accepts the appraised score,
 * or explains with text and with new or linked documents for the next round to weigh.
 */
@Entity
@Table(name = "explanation")
public class Explanation {
  public static final int BODY_LENGTH = 4000;

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

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id", nullable = false)
  private AppraisalRound round;

  @Column(name = "accepted", nullable = false)
  private boolean accepted;

  @Column(name = "body", length = BODY_LENGTH)
  private String body;

  @ManyToMany
  @JoinTable(
      name = "explanation_evidence",
      joinColumns = @JoinColumn(name = "explanation_id"),
      inverseJoinColumns = @JoinColumn(name = "evidence_id"))
  private Set<Evidence> evidence = new HashSet<>();

  @Column(name = "answered_by", length = 60, nullable = false)
  private String answeredBy;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  protected Explanation() {}

  public Explanation(Assessment assessment, Criterion criterion, AppraisalRound round) {
    this.assessment = Objects.requireNonNull(assessment);
    this.criterion = Objects.requireNonNull(criterion);
    this.round = Objects.requireNonNull(round);
  }

  /** The unit accepts the appraised score. */
  public void accept(String by, Instant at) {
    this.accepted = true;
    this.body = null;
    this.evidence.clear();
    answered(by, at);
  }

  /**
   * The unit disagrees and says why; documents are optional but the text is not. Documents must be
   * the unit's own.
   */
  public void explain(String text, List<Evidence> documents, String by, Instant at) {
    String clean = text == null ? "" : CleanText.multiline("body", text).strip();
    if (clean.isEmpty()) {
      throw new AppraisalRefusal("body", "appraisal.explanation.bodyRequired", criterion.code());
    }
    if (clean.length() > BODY_LENGTH) {
      throw new AppraisalRefusal("body", "appraisal.explanation.tooLong", BODY_LENGTH);
    }
    for (Evidence document : documents) {
      if (!document.assessment().equals(assessment)) {
        throw new AppraisalRefusal("evidence", "appraisal.explanation.foreignEvidence");
      }
    }
    this.accepted = false;
    this.body = clean;
    this.evidence.clear();
    this.evidence.addAll(documents);
    answered(by, at);
  }

  private void answered(String by, Instant at) {
    this.answeredBy = Objects.requireNonNull(by);
    this.answeredAt = Objects.requireNonNull(at);
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

  public AppraisalRound round() {
    return round;
  }

  public boolean accepted() {
    return accepted;
  }

  public String body() {
    return body;
  }

  public Set<Evidence> evidence() {
    return Set.copyOf(evidence);
  }

  public String answeredBy() {
    return answeredBy;
  }

  public Instant answeredAt() {
    return answeredAt;
  }
}
