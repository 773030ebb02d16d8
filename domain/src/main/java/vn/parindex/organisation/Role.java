package vn.parindex.organisation;

/** What a user may do in the portal; the names are the security roles of the application. */
public enum Role {
  ADMIN,
  CONSOLIDATOR,
  OFFICE,
  LEADER,
  /** The Sở Nội vụ's support team: runs the province's campaign. */
  PROVINCE,
  /** A member department of the appraisal council: appraises the areas given to it. */
  APPRAISER,
  /** The appraisal council's chair and members: read the province, approve results. */
  COUNCIL
}
