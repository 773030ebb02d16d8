package vn.parindex.notification;

/** What became of a notification's e-mail. */
public enum Delivery {
  /** Recorded with the change; the mail is about to be sent. */
  PENDING,
  /** The SMTP server accepted the mail. */
  SENT,
  /** Sending failed; the detail says why. The portal notice exists all the same. */
  FAILED,
  /** Mail is not configured on this server: the portal notice is the only notification. */
  MAIL_OFF,
  /** No enabled user of the office has an e-mail address. */
  NO_RECIPIENT
}
