package vn.parindex.organisation;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A personal access token: a random secret the API accepts as {@code Authorization: Bearer} in
 * place of a password, so that a client does not pay the password hash on every request. Only the
 * secret's SHA-256 is kept; the secret itself is shown once, at creation ({@link Issued}). It acts
 * for its owner with the owner's roles, within its {@link TokenScope}, through the end of its
 * expiry day, until revoked or its owner is disabled.
 */
@Entity
@Table(name = "access_token")
@NamedQuery(
    name = AccessToken.BY_HASH,
    query = "select t from AccessToken t join fetch t.owner where t.secretHash = :hash")
@NamedQuery(
    name = AccessToken.OF_OWNER,
    query =
        "select t from AccessToken t where t.owner = :owner order by t.createdAt desc, t.id desc")
public class AccessToken {
  public static final String BY_HASH = "AccessToken.byHash";
  public static final String OF_OWNER = "AccessToken.ofOwner";
  public static final String PREFIX = "pat_";
  public static final int NAME_LENGTH = 100;
  public static final int DEFAULT_DAYS = 90;
  public static final int MAX_DAYS = 365;

  /** 32 random bytes: 256 bits, beyond any guessing, as base64url without padding (43 chars). */
  private static final int SECRET_BYTES = 32;

  /** The last use is written at most this often, not on every request. */
  static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id", nullable = false)
  private UserAccount owner;

  @Column(name = "name", length = NAME_LENGTH, nullable = false)
  private String name;

  @Column(name = "secret_hash", length = 64, nullable = false, unique = true)
  private String secretHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "scope", length = 10, nullable = false)
  private TokenScope scope;

  @Column(name = "expires_on", nullable = false)
  private LocalDate expiresOn;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", length = UserAccount.USERNAME_LENGTH, nullable = false)
  private String createdBy;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = UserAccount.USERNAME_LENGTH)
  private String revokedBy;

  protected AccessToken() {}

  /** A new token and its secret, which exists nowhere else once the caller has shown it. */
  public record Issued(AccessToken token, String secret) {}

  /**
   * Issues a token for the owner.
   *
   * @param expiresOn its last valid day; none: {@value #DEFAULT_DAYS} days from today
   * @param today today in the assessment calendar's zone
   */
  public static Issued issue(
      UserAccount owner,
      String name,
      TokenScope scope,
      LocalDate expiresOn,
      LocalDate today,
      String createdBy,
      Instant now) {
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty() || clean.length() > NAME_LENGTH) {
      throw new OrganisationRuleException("name", "token.name.invalid", NAME_LENGTH);
    }
    if (scope == null) {
      throw new OrganisationRuleException("scope", "token.scope.invalid");
    }
    LocalDate last = expiresOn == null ? today.plusDays(DEFAULT_DAYS) : expiresOn;
    if (!last.isAfter(today) || last.isAfter(today.plusDays(MAX_DAYS))) {
      throw new OrganisationRuleException("expiresOn", "token.expiresOn.invalid", MAX_DAYS);
    }
    byte[] random = new byte[SECRET_BYTES];
    RANDOM.nextBytes(random);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    AccessToken token = new AccessToken();
    token.owner = owner;
    token.name = clean;
    token.secretHash = hash(secret);
    token.scope = scope;
    token.expiresOn = last;
    token.createdAt = now;
    token.createdBy = createdBy;
    return new Issued(token, secret);
  }

  /** The SHA-256 of a presented secret, in lower-case hex: what is stored and looked up. */
  public static String hash(String secret) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** Whether the text has the shape of a secret, worth a lookup at all. */
  public static boolean looksLikeSecret(String text) {
    return text != null && text.startsWith(PREFIX) && text.length() <= 200;
  }

  /** Accepted today: not revoked, not past its expiry day, and its owner not disabled. */
  public boolean isValid(LocalDate today) {
    return revokedAt == null && !today.isAfter(expiresOn) && owner.isEnabled();
  }

  public boolean isExpired(LocalDate today) {
    return today.isAfter(expiresOn);
  }

  /**
   * Notes a use; answers whether anything changed. Written at most once a minute, so that a busy
   * client does not turn each of its reads into a write.
   */
  public boolean use(Instant now) {
    if (lastUsedAt != null && now.isBefore(lastUsedAt.plus(USE_RECORDED_EVERY))) {
      return false;
    }
    lastUsedAt = now;
    return true;
  }

  /** Revokes it for good; revoking it again changes nothing. */
  public void revoke(String by, Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
      revokedBy = by;
    }
  }

  public Long id() {
    return id;
  }

  public UserAccount owner() {
    return owner;
  }

  public String name() {
    return name;
  }

  public TokenScope scope() {
    return scope;
  }

  public LocalDate expiresOn() {
    return expiresOn;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Optional<Instant> lastUsedAt() {
    return Optional.ofNullable(lastUsedAt);
  }

  public Optional<Instant> revokedAt() {
    return Optional.ofNullable(revokedAt);
  }

  public Optional<String> revokedBy() {
    return Optional.ofNullable(revokedBy);
  }

  String secretHash() {
    return secretHash;
  }
}
