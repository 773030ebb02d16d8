package vn.parindex.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import vn.parindex.organisation.Office;

/**
 * Something an office must know about an assessment, shown in its portal: a criterion reset by a
 * revision of the index, for one. The text is a message key and its argument, translated when
 * shown.
 */
@Entity
@Table(name = "office_notice")
@NamedQuery(
    name = OfficeNotice.OPEN,
    query =
        "select n from OfficeNotice n where n.assessment = :assessment and n.office = :office"
            + " and n.dealtAt is null order by n.createdAt desc, n.id desc")
@NamedQuery(
    name = OfficeNotice.DEALT_WITH_BY_SAVE,
    query =
        "update OfficeNotice n set n.dealtAt = :at where n.assessment = :assessment"
            + " and n.office = :office and n.criterionCode = :code and n.dealtAt is null")
public class OfficeNotice {
  /** The notices of an office in an assessment that are not dealt with yet, newest first. */
  public static final String OPEN = "OfficeNotice.open";

  /** Marks the notices of a criterion dealt with once the office saved it again. */
  public static final String DEALT_WITH_BY_SAVE = "OfficeNotice.dealtWithBySave";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "office_id", nullable = false)
  private Office office;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assessment_id", nullable = false)
  private Assessment assessment;

  @Column(name = "message_key", length = 80, nullable = false)
  private String messageKey;

  @Column(name = "message_argument", length = 1000)
  private String argument;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** The criterion the notice is about, when it is about one: saving it again deals with it. */
  @Column(name = "criterion_code", length = 40)
  private String criterionCode;

  @Column(name = "dealt_at")
  private Instant dealtAt;

  protected OfficeNotice() {}

  public OfficeNotice(
      Office office, Assessment assessment, String messageKey, String argument, Instant at) {
    this.office = Objects.requireNonNull(office);
    this.assessment = Objects.requireNonNull(assessment);
    this.messageKey = Objects.requireNonNull(messageKey);
    this.argument = argument;
    this.createdAt = Objects.requireNonNull(at);
  }

  /** A notice about one criterion, dealt with when the office saves that criterion again. */
  public static OfficeNotice aboutCriterion(
      Office office,
      Assessment assessment,
      String criterionCode,
      String messageKey,
      String argument,
      Instant at) {
    OfficeNotice notice = new OfficeNotice(office, assessment, messageKey, argument, at);
    notice.criterionCode = Objects.requireNonNull(criterionCode);
    return notice;
  }

  /**
   * The office has dealt with it: it leaves the office's pages. Once only; the first time stays.
   */
  public void dealtWith(Instant at) {
    if (dealtAt == null) {
      dealtAt = Objects.requireNonNull(at);
    }
  }

  public boolean isOpen() {
    return dealtAt == null;
  }

  public String criterionCode() {
    return criterionCode;
  }

  public Long id() {
    return id;
  }

  public Office office() {
    return office;
  }

  public Assessment assessment() {
    return assessment;
  }

  public String messageKey() {
    return messageKey;
  }

  public String argument() {
    return argument;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
