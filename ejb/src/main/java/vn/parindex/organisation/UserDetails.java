package vn.parindex.organisation;

import java.util.Set;

/**
 * What the administrator sets on an account besides its name and password: display name, e-mail
 * (blank for none), office (null for none), roles and the province its province roles reach (null
 * for none).
 */
public record UserDetails(
    String displayName,
    String email,
    Long unitId,
    Long officeId,
    Set<Role> roles,
    Long provinceId) {

  /** An account of a unit, without a province. */
  public UserDetails(
      String displayName, String email, Long unitId, Long officeId, Set<Role> roles) {
    this(displayName, email, unitId, officeId, roles, null);
  }
}
