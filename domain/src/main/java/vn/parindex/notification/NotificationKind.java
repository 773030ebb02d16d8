package vn.parindex.notification;

import java.util.Arrays;
import java.util.Optional;

/** The notifications that also go out by e-mail, each tied to the portal notice it mirrors. */
public enum NotificationKind {
  /** An office submitted its criteria; the consolidating office is told. */
  SUBMITTED("notice.submitted"),
  /** The consolidator returned a criterion with a comment; its office is told. */
  RETURNED("notice.returned"),
  /** The deadline is near and the office still has criteria to submit. */
  REMINDER("notice.reminder"),
  /**
   * The province's appraisal changed some of the unit's scores; its consolidating office is told.
   */
  APPRAISED("notice.appraised");

  private final String noticeKey;

  NotificationKind(String noticeKey) {
    this.noticeKey = noticeKey;
  }

  /** The message key of the portal notice that carries the same news. */
  public String noticeKey() {
    return noticeKey;
  }

  /** The kind a portal notice corresponds to; notices of other keys are not mailed. */
  public static Optional<NotificationKind> ofNotice(String messageKey) {
    return Arrays.stream(values()).filter(k -> k.noticeKey.equals(messageKey)).findFirst();
  }
}
