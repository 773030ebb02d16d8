package vn.parindex.organisation;

import java.util.Set;

/**
 * What the administrator sets on an account besides its name and password: display name, e-mail
 * (blank for none), office (null for none) and roles.
 */
public record UserDetails(
    String displayName, String email, Long unitId, Long officeId, Set<Role> roles) {}
