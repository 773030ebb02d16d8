package vn.parindex.organisation;

import java.util.EnumSet;
import java.util.Set;

/**
 * What came of one sign-in attempt: the account's roles, or nothing. {@code throttled} says that
 * the attempt was refused without looking at the password because of too many failures; it is as
 * true for a name no account has, so it may be shown to whoever typed it. {@code disabled} says
 * that the password was right but the account is disabled: only the account's owner can learn that.
 */
public record SignInOutcome(Set<Role> roles, boolean throttled, boolean disabled) {
  public SignInOutcome {
    roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  static SignInOutcome signedIn(Set<Role> roles) {
    return new SignInOutcome(roles, false, false);
  }

  static SignInOutcome refused(boolean throttled) {
    return new SignInOutcome(Set.of(), throttled, false);
  }

  static SignInOutcome refusedAsDisabled() {
    return new SignInOutcome(Set.of(), false, true);
  }

  public boolean signedIn() {
    return !roles.isEmpty();
  }
}
