package vn.parindex.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInAttemptsTest {
  private static final ThrottleRule RULE =
      new ThrottleRule(5, Duration.ofSeconds(1), 10, Duration.ofMinutes(15));
  private static final Instant T0 = Instant.parse("2026-12-04T08:00:00Z");

  /** A row as the service creates it: no failure yet. */
  private static SignInAttempts fresh(String subject) throws Exception {
    Constructor<SignInAttempts> constructor = SignInAttempts.class.getDeclaredConstructor();
    constructor.setAccessible(true);
    SignInAttempts attempts = constructor.newInstance();
    set(attempts, "subject", subject);
    set(attempts, "lastFailureAt", T0);
    return attempts;
  }

  private static void set(Object target, String name, Object value) throws Exception {
    Field field = SignInAttempts.class.getDeclaredField(name);
    field.setAccessible(true);
    field.set(target, value);
  }

  @Test
  void theDelayStartsAfterFiveFailuresAndDoublesUpToTheLock() {
    assertEquals(Duration.ZERO, RULE.delayAfter(4));
    assertEquals(Duration.ofSeconds(1), RULE.delayAfter(5));
    assertEquals(Duration.ofSeconds(2), RULE.delayAfter(6));
    assertEquals(Duration.ofSeconds(16), RULE.delayAfter(9));
    assertEquals(Duration.ofMinutes(15), RULE.delayAfter(25));
    assertEquals(Duration.ofMinutes(15), RULE.delayAfter(Integer.MAX_VALUE));
    assertFalse(RULE.locks(9));
    assertTrue(RULE.locks(10));
    ThrottleRule off = new ThrottleRule(0, Duration.ofSeconds(1), 0, Duration.ofMinutes(15));
    assertEquals(Duration.ZERO, off.delayAfter(1000));
    assertFalse(off.locks(1000));
  }

  @Test
  void attemptsWithinTheDelayAreRefusedAndTheTenthFailureLocksForFifteenMinutes() throws Exception {
    SignInAttempts attempts = fresh("account:tuphap");
    Instant now = T0;
    for (int i = 0; i < 4; i++) {
      attempts.fail(now, RULE);
      assertEquals(Optional.empty(), attempts.refusedUntil(now, RULE), "no delay yet");
    }
    attempts.fail(now, RULE);
    assertEquals(Optional.of(now.plusSeconds(1)), attempts.refusedUntil(now, RULE));
    assertEquals(Optional.empty(), attempts.refusedUntil(now.plusSeconds(1), RULE));
    for (int i = 6; i <= 9; i++) {
      attempts.fail(now, RULE);
    }
    assertEquals(Optional.of(now.plusSeconds(16)), attempts.refusedUntil(now, RULE));
    assertFalse(attempts.isLocked(now));

    attempts.fail(now, RULE);
    assertTrue(attempts.isLocked(now));
    Instant lockEnd = now.plus(Duration.ofMinutes(15));
    assertEquals(Optional.of(lockEnd), attempts.refusedUntil(now.plusSeconds(60), RULE));

    // tried again while locked: the lock keeps its end
    attempts.fail(now.plusSeconds(600), RULE);
    assertEquals(10, attempts.failures());
    assertEquals(Optional.of(lockEnd), attempts.lockedUntil());

    // when the lock ends, the failures are forgotten and counting starts again
    assertEquals(Optional.empty(), attempts.refusedUntil(lockEnd, RULE));
    attempts.fail(lockEnd, RULE);
    assertEquals(1, attempts.failures());
    assertFalse(attempts.isLocked(lockEnd));
  }

  @Test
  void failuresAreForgottenFifteenMinutesAfterTheLast() throws Exception {
    SignInAttempts attempts = fresh("address:10.0.0.1");
    for (int i = 0; i < 7; i++) {
      attempts.fail(T0, RULE);
    }
    assertTrue(attempts.refusedUntil(T0, RULE).isPresent());
    Instant later = T0.plus(Duration.ofMinutes(15));
    assertTrue(attempts.forgotten(later, RULE));
    attempts.fail(later, RULE);
    assertEquals(1, attempts.failures());
  }

  @Test
  void aTypedNameCountsWithoutRegardToCaseOrSpacesAndIsBounded() {
    assertEquals("account:tuphap", SignInAttempts.accountSubject(" TuPhap "));
    assertEquals("address:127.0.0.1", SignInAttempts.addressSubject("127.0.0.1"));
    assertEquals(
        SignInAttempts.SUBJECT_LENGTH, SignInAttempts.accountSubject("x".repeat(500)).length());
  }
}
