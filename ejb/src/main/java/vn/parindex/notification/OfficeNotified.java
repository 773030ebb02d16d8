package vn.parindex.notification;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import vn.parindex.assessment.OfficeNotice;

/**
 * A service told an office something in the portal; fired next to the {@link OfficeNotice}, inside
 * the service's transaction. Carries ids only: the mail is written after the transaction, from what
 * was committed.
 *
 * @param id identifies the notification's log row between the transaction and the mail
 * @param assessmentId the assessment the notice is about
 * @param officeId the office told
 * @param kind what happened
 * @param argument the notice's argument (office name; "code: comment"; deadline)
 * @param day the day the notification belongs to (a reminder's day of the reminder pass)
 */
public record OfficeNotified(
    UUID id,
    long assessmentId,
    long officeId,
    NotificationKind kind,
    String argument,
    LocalDate day) {
  public OfficeNotified {
    Objects.requireNonNull(id);
    Objects.requireNonNull(kind);
    Objects.requireNonNull(day);
  }

  /** The notification of a notice just persisted, for a day of the assessment calendar. */
  public static OfficeNotified of(OfficeNotice notice, LocalDate day) {
    NotificationKind kind =
        NotificationKind.ofNotice(notice.messageKey())
            .orElseThrow(() -> new IllegalArgumentException("Not mailed: " + notice.messageKey()));
    return new OfficeNotified(
        UUID.randomUUID(),
        notice.assessment().id(),
        notice.office().id(),
        kind,
        notice.argument(),
        day);
  }
}
