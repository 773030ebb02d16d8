package vn.parindex.organisation;

import java.time.Duration;

/**
 * How hard failed sign-ins are slowed down for one kind of subject (a user name, a client address).
 * From {@code delayAfter} failures on, each further attempt must wait {@code firstDelay}, doubled
 * with every failure, after the last one; at {@code lockAfter} failures the subject is locked for
 * {@code lockFor}. Failures are forgotten {@code lockFor} after the last one, or when a lock ends.
 *
 * @param delayAfter failures before the first delay; 0 for no delay
 * @param firstDelay the first delay, doubled with each further failure (never beyond {@code
 *     lockFor})
 * @param lockAfter failures that lock the subject; 0 for no lock
 * @param lockFor how long a lock lasts, and how long failures are remembered
 */
public record ThrottleRule(int delayAfter, Duration firstDelay, int lockAfter, Duration lockFor) {
  public ThrottleRule {
    if (delayAfter < 0 || lockAfter < 0) {
      throw new IllegalArgumentException("Failure counts cannot be negative");
    }
    if (firstDelay.isNegative() || lockFor.isNegative() || lockFor.isZero()) {
      throw new IllegalArgumentException("Delays are positive and a lock lasts some time");
    }
  }

  /** How long to wait after the last of {@code failures} failures (zero: no wait). */
  public Duration delayAfter(int failures) {
    if (delayAfter == 0 || failures < delayAfter) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - delayAfter, 30);
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(lockFor) > 0 ? lockFor : delay;
  }

  /** Whether this many failures lock the subject. */
  public boolean locks(int failures) {
    return lockAfter > 0 && failures >= lockAfter;
  }
}
