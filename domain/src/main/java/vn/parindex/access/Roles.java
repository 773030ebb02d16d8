package vn.parindex.access;

import vn.parindex.organisation.Role;

/**
 * The security role names as constants, for {@code @RolesAllowed}: an annotation needs a constant,
 * and a typo in a string literal would lock everyone out without a word. Each equals the name of
 * its {@link Role}.
 */
public final class Roles {
  public static final String ADMIN = "ADMIN";
  public static final String CONSOLIDATOR = "CONSOLIDATOR";
  public static final String OFFICE = "OFFICE";
  public static final String LEADER = "LEADER";
  public static final String PROVINCE = "PROVINCE";
  public static final String APPRAISER = "APPRAISER";
  public static final String COUNCIL = "COUNCIL";

  private Roles() {}
}
