package vn.parindex.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AccessTokenTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
  private static final Instant NOW = Instant.parse("2026-12-05T03:00:00Z");

  private final UserAccount owner =
      new UserAccount(
          "tich.hop", "Phần mềm tổng hợp", "demo123".toCharArray(), null, EnumSet.of(Role.LEADER));

  private AccessToken.Issued issue(TokenScope scope, LocalDate expiresOn) {
    return AccessToken.issue(owner, "Tổng hợp", scope, expiresOn, TODAY, "admin", NOW);
  }

  @Test
  void aSecretIsThirtyTwoRandomBytesInBase64UrlAfterAPrefix() {
    String secret = issue(TokenScope.READ, null).secret();

    assertTrue(secret.startsWith("pat_"), secret);
    byte[] random = Base64.getUrlDecoder().decode(secret.substring(4));
    assertEquals(32, random.length);
    assertTrue(secret.substring(4).matches("[A-Za-z0-9_-]{43}"), secret);
    assertNotEquals(secret, issue(TokenScope.READ, null).secret());
  }

  @Test
  void onlyTheSha256OfTheSecretIsKeptAsLowerCaseHex() {
    AccessToken.Issued issued = issue(TokenScope.READ, null);

    assertEquals(AccessToken.hash(issued.secret()), issued.token().secretHash());
    assertTrue(issued.token().secretHash().matches("[0-9a-f]{64}"));
    assertFalse(issued.token().secretHash().contains(issued.secret().substring(4)));
    // the SHA-256 of "abc" as every reference gives it
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        AccessToken.hash("abc"));
  }

  @Test
  void withoutAnExpiryATokenLastsNinetyDays() {
    assertEquals(TODAY.plusDays(90), issue(TokenScope.WRITE, null).token().expiresOn());
  }

  @Test
  void anExpiryMustBeAfterTodayAndWithinAYear() {
    assertThrows(OrganisationRuleException.class, () -> issue(TokenScope.READ, TODAY));
    assertThrows(
        OrganisationRuleException.class, () -> issue(TokenScope.READ, TODAY.plusDays(366)));
    assertEquals(
        TODAY.plusDays(365), issue(TokenScope.READ, TODAY.plusDays(365)).token().expiresOn());
  }

  @Test
  void aTokenNeedsANameAndAScope() {
    assertThrows(
        OrganisationRuleException.class,
        () -> AccessToken.issue(owner, "  ", TokenScope.READ, null, TODAY, "admin", NOW));
    assertThrows(
        OrganisationRuleException.class,
        () -> AccessToken.issue(owner, "x".repeat(101), TokenScope.READ, null, TODAY, "a", NOW));
    assertThrows(
        OrganisationRuleException.class,
        () -> AccessToken.issue(owner, "Tổng hợp", null, null, TODAY, "admin", NOW));
  }

  @Test
  void aTokenIsValidThroughItsExpiryDayAndNotAfter() {
    AccessToken token = issue(TokenScope.READ, TODAY.plusDays(3)).token();

    assertTrue(token.isValid(TODAY.plusDays(3)));
    assertFalse(token.isValid(TODAY.plusDays(4)));
    assertTrue(token.isExpired(TODAY.plusDays(4)));
  }

  @Test
  void aRevokedTokenStaysRevokedByItsFirstRevoker() {
    AccessToken token = issue(TokenScope.READ, null).token();

    token.revoke("tich.hop", NOW);
    token.revoke("admin", NOW.plusSeconds(60));

    assertFalse(token.isValid(TODAY));
    assertEquals("tich.hop", token.revokedBy().orElseThrow());
    assertEquals(NOW, token.revokedAt().orElseThrow());
  }

  @Test
  void aDisabledOwnerMakesItsTokensInvalid() {
    AccessToken token = issue(TokenScope.WRITE, null).token();

    owner.disable();

    assertFalse(token.isValid(TODAY));
  }

  @Test
  void aUseIsWrittenAtMostOnceAMinute() {
    AccessToken token = issue(TokenScope.READ, null).token();

    assertTrue(token.use(NOW));
    assertFalse(token.use(NOW.plusSeconds(59)));
    assertEquals(NOW, token.lastUsedAt().orElseThrow());
    assertTrue(token.use(NOW.plusSeconds(60)));
  }

  @Test
  void aReadTokenOnlyReads() {
    assertTrue(TokenScope.READ.allows("GET"));
    assertTrue(TokenScope.READ.allows("head"));
    for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
      assertFalse(TokenScope.READ.allows(method), method);
      assertTrue(TokenScope.WRITE.allows(method), method);
    }
  }

  @Test
  void onlyTextWithThePrefixIsLookedUp() {
    assertTrue(AccessToken.looksLikeSecret("pat_abc"));
    assertFalse(AccessToken.looksLikeSecret("abc"));
    assertFalse(AccessToken.looksLikeSecret(null));
    assertFalse(AccessToken.looksLikeSecret("pat_" + "x".repeat(300)));
  }
}
