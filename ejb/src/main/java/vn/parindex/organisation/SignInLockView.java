package vn.parindex.organisation;

import java.io.Serializable;
import java.time.Instant;

/**
 * A user name or client address whose sign-ins are being refused, as the administration lists it.
 *
 * @param kind {@code ACCOUNT} or {@code ADDRESS}
 * @param name the user name or the address
 * @param failures the failures counted since the last success or the last lock
 * @param until until when attempts are refused
 * @param locked true for a lock, false for a delay between attempts
 */
public record SignInLockView(String kind, String name, int failures, Instant until, boolean locked)
    implements Serializable {
  static SignInLockView of(SignInAttempts attempts, Instant until, Instant now) {
    return new SignInLockView(
        attempts.isAccount() ? "ACCOUNT" : "ADDRESS",
        attempts.name(),
        attempts.failures(),
        until,
        attempts.isLocked(now));
  }
}
