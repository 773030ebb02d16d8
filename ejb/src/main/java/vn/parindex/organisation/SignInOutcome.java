package vn.parindex.organisation;

import java.util.EnumSet;
import java.util.Set;

/**
 * What came of one sign-in attempt: the account's roles, or nothing. {@code throttled} says that
 * the attempt was refused without looking at the password because of too many failures; it is as
 * true for a name no account has, so it may be shown to whoever typed it.
 */
public record SignInOutcome(Set<Role> roles, boolean throttled) {
  public SignInOutcome {
    roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  static SignInOutcome signedIn(Set<Role> roles) {
    return new SignInOutcome(roles, false);
  }

  static SignInOutcome refused(boolean throttled) {
    return new SignInOutcome(Set.of(), throttled);
  }

  public boolean signedIn() {
    return !roles.isEmpty();
  }
}
