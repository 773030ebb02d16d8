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
import vn.parindex.organisation.Office;

/**
 * Something an office must know about an assessment, shown in its portal: a criterion reset by a
 * revision of the index, for one. The text is a message key and its argument, translated when
 * shown.
 */
@Entity
@Table(name = "office_notice")
public class OfficeNotice {
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

  protected OfficeNotice() {}

  public OfficeNotice(
      Office office, Assessment assessment, String messageKey, String argument, Instant at) {
    this.office = Objects.requireNonNull(office);
    this.assessment = Objects.requireNonNull(assessment);
    this.messageKey = Objects.requireNonNull(messageKey);
    this.argument = argument;
    this.createdAt = Objects.requireNonNull(at);
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
