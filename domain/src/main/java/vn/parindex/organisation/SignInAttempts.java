package vn.parindex.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * The recent failed sign-ins of one subject: a user name as typed (whether or not an account has
 * it, so that throttling tells nothing about which names exist) or a client address. Every refused
 * attempt counts, including one refused because of the subject's own delay, so that hammering
 * reaches the lock.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInAttempts {
  public static final int SUBJECT_LENGTH = 200;
  private static final String ACCOUNT = "account:";
  private static final String ADDRESS = "address:";

  @Id
  @Column(name = "subject", length = SUBJECT_LENGTH)
  private String subject;

  @Column(name = "failures", nullable = false)
  private int failures;

  @Column(name = "last_failure_at", nullable = false)
  private Instant lastFailureAt;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  protected SignInAttempts() {}

  /** The subject of a user name as typed: user names are lower case, so its case is ignored. */
  public static String accountSubject(String typedName) {
    String name = typedName == null ? "" : typedName.strip().toLowerCase(Locale.ROOT);
    return bounded(ACCOUNT + name);
  }

  public static String addressSubject(String address) {
    return bounded(ADDRESS + (address == null ? "" : address.strip()));
  }

  private static String bounded(String subject) {
    return subject.length() > SUBJECT_LENGTH ? subject.substring(0, SUBJECT_LENGTH) : subject;
  }

  public String subject() {
    return subject;
  }

  /** The user name or address without its kind. */
  public String name() {
    return subject.substring(subject.indexOf(':') + 1);
  }

  public boolean isAccount() {
    return subject.startsWith(ACCOUNT);
  }

  public int failures() {
    return failures;
  }

  public Optional<Instant> lockedUntil() {
    return Optional.ofNullable(lockedUntil);
  }

  public Instant lastFailureAt() {
    return lastFailureAt;
  }

  /** Until when an attempt made now is refused without looking at the password, if it is. */
  public Optional<Instant> refusedUntil(Instant now, ThrottleRule rule) {
    if (forgotten(now, rule)) {
      return Optional.empty();
    }
    if (lockedUntil != null) {
      return Optional.of(lockedUntil);
    }
    Instant until = lastFailureAt.plus(rule.delayAfter(failures));
    return now.isBefore(until) ? Optional.of(until) : Optional.empty();
  }

  /** Whether a lock (not only a delay) refuses attempts now. */
  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * One more refused attempt. While locked nothing changes: a lock ends when the settings say,
   * however often the locked subject is tried meanwhile.
   */
  public void fail(Instant now, ThrottleRule rule) {
    if (isLocked(now)) {
      return;
    }
    if (forgotten(now, rule)) {
      failures = 0;
      lockedUntil = null;
    }
    failures++;
    lastFailureAt = now;
    if (rule.locks(failures)) {
      lockedUntil = now.plus(rule.lockFor());
    }
  }

  /** A lock that has ended, or failures older than a lock would last, count for nothing. */
  public boolean forgotten(Instant now, ThrottleRule rule) {
    if (lastFailureAt == null) {
      return true;
    }
    if (lockedUntil != null) {
      return !now.isBefore(lockedUntil);
    }
    return !now.isBefore(lastFailureAt.plus(rule.lockFor()));
  }
}
