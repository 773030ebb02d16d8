package vn.parindex.organisation;

import java.util.Set;

/**
 * Whom a valid Bearer token authenticates, and within which scope.
 *
 * @param username the token's owner
 * @param roles the owner's roles
 */
public record TokenCaller(String username, Set<Role> roles, TokenScope scope) {
  public TokenCaller {
    roles = Set.copyOf(roles);
  }
}
