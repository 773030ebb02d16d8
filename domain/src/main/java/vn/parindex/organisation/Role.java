package vn.parindex.organisation;

/** What a user may do in the portal; the names are the security roles of the application. */
public enum Role {
  ADMIN,
  CONSOLIDATOR,
  OFFICE,
  LEADER
}
