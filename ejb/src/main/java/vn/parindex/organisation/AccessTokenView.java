package vn.parindex.organisation;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A personal access token as its owner and administrators see it: never its secret nor its hash.
 *
 * @param status ACTIVE, EXPIRED or REVOKED
 */
public record AccessTokenView(
    long id,
    String owner,
    String name,
    TokenScope scope,
    LocalDate expiresOn,
    Instant createdAt,
    String createdBy,
    Instant lastUsedAt,
    Instant revokedAt,
    String status)
    implements Serializable {

  static AccessTokenView of(AccessToken t, LocalDate today) {
    String status =
        t.revokedAt().isPresent() ? "REVOKED" : t.isExpired(today) ? "EXPIRED" : "ACTIVE";
    return new AccessTokenView(
        t.id(),
        t.owner().username(),
        t.name(),
        t.scope(),
        t.expiresOn(),
        t.createdAt(),
        t.createdBy(),
        t.lastUsedAt().orElse(null),
        t.revokedAt().orElse(null),
        status);
  }

  public boolean active() {
    return "ACTIVE".equals(status);
  }
}
