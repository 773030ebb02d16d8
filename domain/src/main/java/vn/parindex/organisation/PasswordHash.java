package vn.parindex.organisation;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted, deliberately slow password hash (PBKDF2 with HMAC-SHA256), stored as {@code
 * pbkdf2-sha256$iterations$salt$hash} so the cost can be raised later without breaking existing
 * accounts.
 */
public final class PasswordHash {
  private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  private static final String PREFIX = "pbkdf2-sha256";
  private static final int ITERATIONS = 210_000;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 256;
  private static final SecureRandom RANDOM = new SecureRandom();

  private PasswordHash() {}

  /**
   * Spends the time of one check and answers false: for a user name that has no account, so that it
   * is refused exactly as slowly as a wrong password and names cannot be told apart by timing.
   */
  public static boolean matchesNoAccount(char[] password) {
    matches(password == null ? new char[0] : password, Dummy.HASH);
    return false;
  }

  public static String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    byte[] hash = derive(password, salt, ITERATIONS);
    Base64.Encoder b64 = Base64.getEncoder();
    return String.join(
        "$",
        PREFIX,
        Integer.toString(ITERATIONS),
        b64.encodeToString(salt),
        b64.encodeToString(hash));
  }

  /** Compares in constant time; a malformed stored value never matches. */
  public static boolean matches(char[] password, String stored) {
    String[] parts = stored == null ? new String[0] : stored.split("\\$");
    if (parts.length != 4 || !PREFIX.equals(parts[0])) {
      return false;
    }
    Base64.Decoder b64 = Base64.getDecoder();
    byte[] salt = b64.decode(parts[2]);
    byte[] expected = b64.decode(parts[3]);
    byte[] actual = derive(password, salt, Integer.parseInt(parts[1]));
    return MessageDigest.isEqual(expected, actual);
  }

  /** A hash of a random password at today's cost, made once per server. */
  private static final class Dummy {
    static final String HASH = hash(Long.toString(RANDOM.nextLong(), 36).toCharArray());
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2 is part of every Java 17 runtime", e);
    } finally {
      spec.clearPassword();
    }
  }
}
