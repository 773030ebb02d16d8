package vn.parindex.organisation;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Checks credentials against the stored accounts; the portal's identity store calls it. Failed
 * attempts are throttled per user name and per client address ({@link SignInSettings}), each is
 * logged (never with the password), and a name without an account costs the same hashing time as a
 * wrong password, so that neither the answer nor its delay tells which names exist.
 */
@Stateless
@PermitAll
public class AccountService {
  @Inject private EntityManager em;
  @Inject private Logger log;
  @Inject private Clock clock;
  private final SignInSettings settings = SignInSettings.fromEnvironment();

  /**
   * Signs in with a user name and password from a client address.
   *
   * @param address the client's address as the server sees it
   */
  public SignInOutcome authenticate(String username, char[] password, String address) {
    Instant now = Instant.now();
    String accountSubject = SignInAttempts.accountSubject(username);
    String addressSubject = SignInAttempts.addressSubject(address);
    Map<String, SignInAttempts> recent = recentFailures(List.of(accountSubject, addressSubject));
    Optional<Instant> accountUntil =
        refusedUntil(recent.get(accountSubject), settings.account(), now);
    Optional<Instant> addressUntil =
        refusedUntil(recent.get(addressSubject), settings.address(), now);
    if (accountUntil.isPresent() || addressUntil.isPresent()) {
      // counted only against what holds the attempt back: a delayed address must not push the
      // accounts of everyone behind it towards a lock, nor a delayed account its address
      int failures = accountUntil.isPresent() ? fail(accountSubject, settings.account(), now) : 0;
      if (addressUntil.isPresent()) {
        fail(addressSubject, settings.address(), now);
      }
      Instant until = later(accountUntil, addressUntil).orElseThrow();
      log.warning(
          () ->
              String.format(
                  "Sign-in refused without checking the password for user name '%s' from %s:"
                      + " too many failures of the %s, refused until %s (%d failures of the name)",
                  printable(username),
                  printable(address),
                  accountUntil.isPresent() ? "user name" : "address",
                  until,
                  failures));
      return SignInOutcome.refused(true);
    }
    Optional<UserAccount> account =
        em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
            .setParameter("username", username)
            .getResultStream()
            .findFirst();
    // one hash whatever the outcome, so that the time taken tells nothing about the account
    boolean matches =
        account.isPresent()
            ? account.get().passwordMatches(password)
            : PasswordHash.matchesNoAccount(password);
    boolean valid = matches && account.get().isEnabled();
    if (valid) {
      if (recent.containsKey(accountSubject)) {
        // a bulk delete: two sign-ins at the same instant must not trip over each other
        em.createQuery("delete from SignInAttempts a where a.subject = :subject")
            .setParameter("subject", accountSubject)
            .executeUpdate();
      }
      return SignInOutcome.signedIn(account.get().roles());
    }
    int failures = fail(accountSubject, settings.account(), now);
    fail(addressSubject, settings.address(), now);
    String reason =
        account.isEmpty()
            ? "no such account"
            : account.get().isEnabled() ? "wrong password" : "account disabled";
    log.warning(
        () ->
            String.format(
                "Sign-in failed for user name '%s' from %s: %s (%d failures)",
                printable(username), printable(address), reason, failures));
    return matches ? SignInOutcome.refusedAsDisabled() : SignInOutcome.refused(false);
  }

  /**
   * Authenticates a personal access token presented as {@code Authorization: Bearer}. A refused
   * token counts against the client's address in the same throttle as a wrong password (there is no
   * user name to count against), and a throttled address is refused before any lookup.
   *
   * @param address the client's address as the server sees it
   * @return the token's owner, or nothing for an unknown, expired or revoked token, a disabled
   *     owner or a throttled address
   */
  public Optional<TokenCaller> authenticateToken(String secret, String address) {
    Instant now = clock.instant();
    String addressSubject = SignInAttempts.addressSubject(address);
    Optional<Instant> addressUntil =
        refusedUntil(
            recentFailures(List.of(addressSubject)).get(addressSubject), settings.address(), now);
    if (addressUntil.isPresent()) {
      fail(addressSubject, settings.address(), now);
      log.warning(
          () ->
              String.format(
                  "Bearer token refused without lookup from %s: too many failures of the address,"
                      + " refused until %s",
                  printable(address), addressUntil.get()));
      return Optional.empty();
    }
    // Looked up by the secret's SHA-256 in a unique index: the database compares hashes, not
    // secrets, so the time a lookup takes tells an attacker nothing about any secret's prefix
    // (finding a prefix of a hash is no help in finding a secret), and no constant-time comparison
    // is needed.
    Optional<AccessToken> token =
        AccessToken.looksLikeSecret(secret)
            ? em.createNamedQuery(AccessToken.BY_HASH, AccessToken.class)
                .setParameter("hash", AccessToken.hash(secret))
                .getResultStream()
                .findFirst()
            : Optional.empty();
    LocalDate today = LocalDate.now(clock);
    if (token.isPresent() && token.get().isValid(today)) {
      AccessToken valid = token.get();
      valid.use(now);
      return Optional.of(
          new TokenCaller(valid.owner().username(), valid.owner().roles(), valid.scope()));
    }
    fail(addressSubject, settings.address(), now);
    String reason =
        token.isEmpty()
            ? "unknown token"
            : token.get().revokedAt().isPresent()
                ? "token " + token.get().id() + " revoked"
                : token.get().isExpired(today)
                    ? "token " + token.get().id() + " expired"
                    : "token " + token.get().id() + " of a disabled account";
    log.warning(
        () -> String.format("Bearer token refused from %s: %s", printable(address), reason));
    return Optional.empty();
  }

  /** Whether a signed-in session of this account may go on: false once it is disabled or gone. */
  public boolean mayStaySignedIn(String username) {
    return em.createQuery(
            "select u.enabled from UserAccount u where u.username = :username", Boolean.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .orElse(false);
  }

  private Map<String, SignInAttempts> recentFailures(List<String> subjects) {
    return em.createQuery(
            "select a from SignInAttempts a where a.subject in :subjects", SignInAttempts.class)
        .setParameter("subjects", subjects)
        .getResultStream()
        .collect(Collectors.toMap(SignInAttempts::subject, Function.identity()));
  }

  private static Optional<Instant> refusedUntil(
      SignInAttempts attempts, ThrottleRule rule, Instant now) {
    return attempts == null ? Optional.empty() : attempts.refusedUntil(now, rule);
  }

  private static Optional<Instant> later(Optional<Instant> a, Optional<Instant> b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isPresent() && b.get().isAfter(a.get()) ? b : a;
  }

  /** Counts a refused attempt against the subject; answers its failures. */
  private int fail(String subject, ThrottleRule rule, Instant now) {
    forgetOldFailures(now);
    SignInAttempts attempts = lockedRow(subject, now);
    attempts.fail(now, rule);
    return attempts.failures();
  }

  /**
   * The subject's row, created when missing and locked against concurrent attempts, so that two
   * failures at the same instant both count. The insert names no conflict target: the embedded H2
   * of the demo, in its PostgreSQL mode, accepts only that form.
   */
  private SignInAttempts lockedRow(String subject, Instant now) {
    em.createNativeQuery(
            "insert into sign_in_throttle (subject, failures, last_failure_at)"
                + " values (?1, 0, ?2) on conflict do nothing")
        .setParameter(1, subject)
        .setParameter(2, now)
        .executeUpdate();
    SignInAttempts managed = em.find(SignInAttempts.class, subject);
    em.refresh(managed, LockModeType.PESSIMISTIC_WRITE);
    return managed;
  }

  /** Rows of names tried once long ago would otherwise pile up. */
  private void forgetOldFailures(Instant now) {
    em.createQuery(
            "delete from SignInAttempts a where a.lastFailureAt < :forgotten"
                + " and (a.lockedUntil is null or a.lockedUntil < :now)")
        .setParameter("forgotten", now.minus(settings.memory()))
        .setParameter("now", now)
        .executeUpdate();
  }

  /** A typed name or address as it may appear in the log: no line breaks, bounded. */
  private static String printable(String text) {
    if (text == null) {
      return "";
    }
    String clean = text.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
  }
}
