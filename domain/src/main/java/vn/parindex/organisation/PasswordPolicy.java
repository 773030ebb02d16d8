package vn.parindex.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be: long enough to resist guessing, not the user name in disguise, not
 * one of the passwords every attacker tries first. Applied only when a password is set (account
 * creation, reset), so existing accounts keep theirs until it changes.
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 200;
  private static final String COMMON_LIST = "common-passwords.txt";

  private PasswordPolicy() {}

  /**
   * Refuses a password that breaks the policy, naming the field {@code password}.
   *
   * @param username the account's user name, compared without regard to case
   */
  public static void check(String username, char[] password) {
    int length = password == null ? 0 : password.length;
    if (length < MIN_LENGTH || length > MAX_LENGTH) {
      throw new OrganisationRuleException(
          "password", "organisation.user.password.length", MIN_LENGTH, MAX_LENGTH);
    }
    String lower = new String(password).toLowerCase(Locale.ROOT);
    String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    if (!name.isEmpty() && lower.contains(name)) {
      throw new OrganisationRuleException(
          "password", "organisation.user.password.containsUsername");
    }
    if (CommonPasswords.LIST.contains(lower)) {
      throw new OrganisationRuleException("password", "organisation.user.password.common");
    }
  }

  /** Whether the shipped list holds this password, in any case. */
  public static boolean isCommon(String password) {
    return CommonPasswords.LIST.contains(password.toLowerCase(Locale.ROOT));
  }

  /** Read on first use only, so that accounts the demo data creates do not pay for it. */
  private static final class CommonPasswords {
    static final Set<String> LIST = load();

    private static Set<String> load() {
      InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST);
      if (in == null) {
        throw new IllegalStateException(COMMON_LIST + " is missing from the domain jar");
      }
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        return reader
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .map(line -> line.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
