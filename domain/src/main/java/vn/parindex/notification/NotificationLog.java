package vn.parindex.notification;

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
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.parindex.assessment.Assessment;
import vn.parindex.organisation.Office;

/**
 * One notification to one office about one assessment: written in the same transaction as the
 * change it reports (so a rolled-back change leaves none), then settled with the outcome of its
 * e-mail. The day it was sent is what keeps an office from getting two reminders on one day.
 */
@Entity
@Table(name = "notification_log")
public class NotificationLog {
  public static final int EVENT_ID_LENGTH = 36;
  public static final int RECIPIENTS_LENGTH = 2000;
  public static final int DETAIL_LENGTH = 1000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "event_id", length = EVENT_ID_LENGTH, nullable = false, unique = true)
  private String eventId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "assessment_id", nullable = false)
  private Assessment assessment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "office_id", nullable = false)
  private Office office;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false)
  private NotificationKind kind;

  @Column(name = "message_argument", length = 1000)
  private String argument;

  @Column(name = "sent_day", nullable = false)
  private LocalDate day;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", length = 20, nullable = false)
  private Delivery outcome;

  @Column(name = "recipients", length = RECIPIENTS_LENGTH)
  private String recipients;

  @Column(name = "detail", length = DETAIL_LENGTH)
  private String detail;

  /** The day of a reminder, null for every other kind: unique per assessment and office. */
  @Column(name = "reminder_day")
  private LocalDate reminderDay;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "settled_at")
  private Instant settledAt;

  protected NotificationLog() {}

  public NotificationLog(
      String eventId,
      Assessment assessment,
      Office office,
      NotificationKind kind,
      String argument,
      LocalDate day,
      boolean mailOn,
      Instant at) {
    this.eventId = Objects.requireNonNull(eventId);
    this.assessment = Objects.requireNonNull(assessment);
    this.office = Objects.requireNonNull(office);
    this.kind = Objects.requireNonNull(kind);
    this.argument = argument;
    this.day = Objects.requireNonNull(day);
    this.reminderDay = kind == NotificationKind.REMINDER ? day : null;
    this.createdAt = Objects.requireNonNull(at);
    this.outcome = mailOn ? Delivery.PENDING : Delivery.MAIL_OFF;
    if (!mailOn) {
      this.settledAt = at;
    }
  }

  /** Records what became of the mail; long texts are cut to fit, never refused. */
  public void settle(Delivery result, String to, String why, Instant at) {
    if (result == Delivery.PENDING) {
      throw new IllegalArgumentException("A notification is settled with a final outcome");
    }
    this.outcome = result;
    this.recipients = cut(to, RECIPIENTS_LENGTH);
    this.detail = cut(why, DETAIL_LENGTH);
    this.settledAt = Objects.requireNonNull(at);
  }

  private static String cut(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }

  /** Entities are equal when they are the same row; a new one only to itself. */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof NotificationLog other && id != null && id.equals(other.id());
  }

  @Override
  public int hashCode() {
    return NotificationLog.class.hashCode();
  }

  public Long id() {
    return id;
  }

  public String eventId() {
    return eventId;
  }

  public Assessment assessment() {
    return assessment;
  }

  public Office office() {
    return office;
  }

  public NotificationKind kind() {
    return kind;
  }

  public String argument() {
    return argument;
  }

  public LocalDate day() {
    return day;
  }

  /** The day this reminder counts for; empty for the other kinds, which may repeat in a day. */
  public Optional<LocalDate> reminderDay() {
    return Optional.ofNullable(reminderDay);
  }

  public Delivery outcome() {
    return outcome;
  }

  public String recipients() {
    return recipients;
  }

  public String detail() {
    return detail;
  }
}
